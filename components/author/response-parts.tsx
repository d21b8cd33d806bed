import type { TDiffPart } from '@/lib/domain/revision/diff-claim';
import { ClaimDiff } from '@/components/author/claim-diff';
import { stateLabel, statusLabel } from '@/components/author/labels';
import { BADGE } from '@/components/ui/field-styles';

// One calendar, whatever the server's locale: the same date on the desk and the responses page.
const DATE = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeZone: 'UTC' });

const STATE_STYLES: Record<string, string> = {
  OPEN: 'bg-stone-100 text-stone-700 ring-stone-300',
  ACCEPTED: 'bg-green-50 text-green-900 ring-green-300',
  REOPENED: 'bg-orange-50 text-orange-900 ring-orange-300',
};

/** Marks what the essay's author wrote, wherever a response appears. */
export function AuthorBadge() {
  return (
    <span data-testid="author-badge" className={`${BADGE} bg-amber-100 text-amber-900 ring-1 ring-amber-300`}>
      Author
    </span>
  );
}

/** The author's status and the critic's verdict, in words. */
export function ResponseMeta({ status, state, createdAt, name }: { status: string; state: string; createdAt: string; name?: string }) {
  return (
    <p className="flex flex-wrap items-center gap-2 text-sm">
      <AuthorBadge />
      {name ? <span className="font-medium">{name}</span> : null}
      <span data-testid="response-status" className={`${BADGE} bg-stone-900 text-white`}>
        {statusLabel(status)}
      </span>
      <span
        data-testid="response-state"
        data-state={state.toLowerCase()}
        className={`${BADGE} ring-1 ${STATE_STYLES[state] ?? STATE_STYLES.OPEN}`}
      >
        <span className="sr-only">Critic’s verdict: </span>
        {stateLabel(state)}
      </span>
      <time dateTime={createdAt} className="text-stone-500">
        {DATE.format(new Date(createdAt))}
      </time>
    </p>
  );
}

/** "Revision N" and the words it changed, for a "revised" response. */
export function RevisionDiff({ revisionNumber, diffs }: { revisionNumber: number | null; diffs: TDiffPart[][] }) {
  if (revisionNumber === null) return null;
  return (
    <div className="mt-3 rounded bg-stone-50 p-3" data-testid="revision">
      <p className="mb-2 text-xs font-medium uppercase tracking-wider text-stone-500">Revision {revisionNumber}</p>
      <ClaimDiff diffs={diffs} />
    </div>
  );
}
