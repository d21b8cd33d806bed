import type { TLedgerEntry } from '@/lib/server/queries/moderation/list-ledger-for-viewer';
import { formatWhen } from '@/components/annotation/labels';
import { AppealForm } from '@/components/moderation/appeal-form';
import { APPEAL_STATUS_LABELS, APPEALABLE_KINDS, CONTENT_TYPE_LABELS, kindLabel } from '@/components/moderation/labels';

/** The action's parameters in words: slow-mode minutes, a suspension's end, the original of a duplicate. */
function describeDetails(details: unknown): string | null {
  if (!details || typeof details !== 'object') return null;
  const d = details as Record<string, unknown>;
  if (typeof d.minutes === 'number') return d.minutes === 0 ? 'slow mode off' : `one post every ${d.minutes} minutes`;
  if (typeof d.until === 'string') return `until ${formatWhen(d.until)}`;
  if (typeof d.duplicateOfId === 'string') return `duplicate of argument ${d.duplicateOfId}`;
  return null;
}

/** The append-only ledger, newest first: who did what, to what, why and when — and appeals. */
export function LedgerList({ entries }: { entries: TLedgerEntry[] }) {
  if (entries.length === 0) {
    return <p className="rounded border border-dashed border-stone-300 p-6 text-stone-600">No moderation actions yet.</p>;
  }
  return (
    <ol className="space-y-4">
      {entries.map((entry) => {
        const isAboutViewer = entry.subject?.isViewer === true;
        const details = describeDetails(entry.details);
        return (
          // The id is the anchor notifications link to (/cohorts/<id>/ledger#<entry id>).
          <li
            key={entry.id}
            id={entry.id}
            className="scroll-mt-6 rounded border border-stone-200 bg-white p-4 text-sm target:ring-2 target:ring-amber-400"
            data-testid="ledger-entry"
            data-kind={entry.kind}
          >
            <p className="text-stone-800">
              <span className="font-medium">{entry.actor}</span> <span data-testid="ledger-kind">{kindLabel(entry.kind)}</span>{' '}
              {entry.target ? (
                <span>
                  {entry.subject ? `${entry.subject.name}’s` : 'a'} {CONTENT_TYPE_LABELS[entry.target.type].toLowerCase()}{' '}
                  <code className="text-xs text-stone-500">{entry.target.id}</code>
                </span>
              ) : entry.subject ? (
                <span>{entry.subject.name}</span>
              ) : null}
              {details ? <span className="text-stone-600"> ({details})</span> : null}
              {isAboutViewer ? <span className="ml-2 rounded bg-amber-100 px-1.5 text-xs text-amber-900">about you</span> : null}
            </p>
            <blockquote className="mt-2 border-l-4 border-stone-200 pl-3 font-serif text-base" data-testid="ledger-reason">
              {entry.reason}
            </blockquote>
            <p className="mt-2 text-xs text-stone-500">
              <time dateTime={entry.createdAt}>{formatWhen(entry.createdAt)}</time>
            </p>
            {entry.appeal ? (
              <div className="mt-3 rounded bg-stone-50 p-3" data-testid="appeal-status" data-status={entry.appeal.status}>
                <p className="font-medium">Appeal {APPEAL_STATUS_LABELS[entry.appeal.status] ?? entry.appeal.status.toLowerCase()}</p>
                <p className="mt-1 whitespace-pre-wrap text-stone-700">{entry.appeal.text}</p>
              </div>
            ) : isAboutViewer && APPEALABLE_KINDS.has(entry.kind) ? (
              <AppealForm actionId={entry.id} />
            ) : null}
          </li>
        );
      })}
    </ol>
  );
}
