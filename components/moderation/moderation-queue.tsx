'use client';
import { Link } from '@/components/ui/link';
import { useRouter } from 'next/navigation';
import { useState, useTransition } from 'react';
import { excerpt, formatWhen } from '@/components/annotation/labels';
import { SECONDARY } from '@/components/ui/field-styles';
import { ACTION_SPECS, ModerationActionForm, type TQueueAction } from '@/components/moderation/moderation-action-form';
import { CONTENT_TYPE_LABELS, FLAG_REASON_LABELS, FLAG_STATUS_LABELS } from '@/components/moderation/labels';
import type { TFlagReason, TFlagStatus } from '@/lib/schemas/moderation';

/** One flag as the queue shows it (the page maps the query's rows to this). */
export type TQueueItem = {
  id: string;
  reason: TFlagReason;
  note: string | null;
  status: TFlagStatus;
  createdAt: string;
  reporterName: string;
  content: {
    type: 'annotation' | 'argument';
    id: string;
    text: string;
    isHidden: boolean;
    authorId: string;
    authorName: string;
    essaySlug: string;
  } | null;
};

/** The moderators' queue: each flag with its content and the actions, and a line saying what was done. */
export function ModerationQueue({ cohortId, items }: { cohortId: string; items: TQueueItem[] }) {
  const router = useRouter();
  const [message, setMessage] = useState<string | null>(null);
  const [isRefreshing, startRefresh] = useTransition();

  function onDone(text: string) {
    setMessage(text);
    startRefresh(() => router.refresh());
  }

  return (
    <div className="space-y-4" aria-busy={isRefreshing}>
      <p role="status" className="min-h-5 text-sm text-green-800" data-testid="queue-status">
        {message}
      </p>
      {items.length === 0 ? (
        <p className="rounded border border-dashed border-stone-300 p-6 text-stone-600" data-testid="queue-empty">
          Nothing in the queue with these filters.
        </p>
      ) : (
        <ul className="space-y-4">
          {items.map((item) => (
            <FlagCard key={item.id} cohortId={cohortId} item={item} onDone={onDone} />
          ))}
        </ul>
      )}
    </div>
  );
}

function FlagCard({ cohortId, item, onDone }: { cohortId: string; item: TQueueItem; onDone: (message: string) => void }) {
  const [open, setOpen] = useState<TQueueAction | null>(null);
  const content = item.content;
  const actions: TQueueAction[] = content ? [content.isHidden ? 'RESTORE' : 'HIDE', 'LOCK', 'PIN', 'SLOW_MODE', 'SUSPEND'] : [];

  return (
    <li
      className="rounded border border-stone-200 bg-white p-4 text-sm"
      data-testid="flag-card"
      data-flag-id={item.id}
      data-target-id={content?.id}
    >
      <p className="flex flex-wrap items-baseline gap-x-2 text-stone-600">
        <span className="rounded bg-amber-100 px-1.5 font-medium text-amber-900" data-testid="flag-reason">
          {FLAG_REASON_LABELS[item.reason]}
        </span>
        <span>
          flagged by <span className="font-medium text-stone-800">{item.reporterName}</span>
        </span>
        <time dateTime={item.createdAt}>{formatWhen(item.createdAt)}</time>
        {item.status !== 'OPEN' ? <span className="rounded bg-stone-100 px-1.5">{FLAG_STATUS_LABELS[item.status]}</span> : null}
      </p>
      {item.note ? <p className="mt-1 italic text-stone-700">“{item.note}”</p> : null}
      {content ? (
        <div className="mt-3 border-l-4 border-stone-200 pl-3">
          <p className="text-xs text-stone-500">
            {CONTENT_TYPE_LABELS[content.type]} by <span className="font-medium text-stone-700">{content.authorName}</span>
            {content.isHidden ? <span className="ml-2 rounded bg-stone-100 px-1">hidden</span> : null} ·{' '}
            <Link href={`/essays/${content.essaySlug}`} className="underline underline-offset-2">
              open the essay
            </Link>
          </p>
          <p className="mt-1 whitespace-pre-wrap font-serif text-base" data-testid="flagged-content">
            {excerpt(content.text, 400)}
          </p>
        </div>
      ) : (
        <p className="mt-2 text-stone-500">The flagged content no longer exists.</p>
      )}
      {open && content ? (
        <ModerationActionForm
          cohortId={cohortId}
          kind={open}
          target={{ type: content.type, id: content.id }}
          authorId={content.authorId}
          onDone={(text) => {
            setOpen(null);
            onDone(text);
          }}
          onCancel={() => setOpen(null)}
        />
      ) : (
        <div className="mt-3 flex flex-wrap gap-2" role="group" aria-label="Moderation actions">
          {actions.map((kind) => (
            <button key={kind} type="button" onClick={() => setOpen(kind)} className={SECONDARY}>
              {ACTION_SPECS[kind].title}…
            </button>
          ))}
        </div>
      )}
    </li>
  );
}
