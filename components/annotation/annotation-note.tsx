'use client';
import { useState, type ReactNode } from 'react';
import type { TAnnotationView } from '@/lib/schemas/annotation';
import { DeleteConfirm, EditForm, ReplyForm } from '@/components/annotation/note-forms';
import { formatWhen, MOTIVATION_LABELS } from '@/components/annotation/labels';
import { FlagForm } from '@/components/moderation/flag-form';

type TMode = 'view' | 'reply' | 'edit' | 'delete' | 'flag';

type TProps = {
  note: TAnnotationView;
  viewerId: string | null;
  /** May post now: reply and edit (false while the discussion is closed). */
  canAnnotate: boolean;
  /** May take part at all: flag others' notes and delete one's own, which a closed discussion keeps. */
  canFlag: boolean;
  onUpsert: (annotation: TAnnotationView) => void;
  /** Root notes show their quote here, between the byline and the body. */
  quote?: ReactNode;
};

const ACTION =
  'rounded px-1.5 py-0.5 text-stone-600 underline-offset-2 hover:bg-stone-100 hover:underline focus-visible:outline-2 focus-visible:outline-amber-500';

/** One note of a thread: byline, body (sanitized HTML from the server), tags, and its own controls. */
export function AnnotationNote({ note, viewerId, canAnnotate, canFlag: canTakePart, onUpsert, quote }: TProps) {
  const [mode, setMode] = useState<TMode>('view');
  const [isFlagged, setIsFlagged] = useState(false);
  const isOwn = note.author.isViewer;
  // Never your own note.
  const canFlag = canTakePart && viewerId !== null && !isOwn;
  const done = (annotation: TAnnotationView) => {
    onUpsert(annotation);
    setMode('view');
  };

  if (note.isHidden && !note.isDeleted) {
    return (
      <div data-testid="annotation-note" data-annotation-id={note.id} data-hidden="true" className="text-stone-500">
        {quote}
        <p className="mt-1 italic" data-testid="note-hidden">
          [hidden by a moderator — see the cohort&apos;s moderation ledger]
        </p>
      </div>
    );
  }

  if (note.isDeleted) {
    return (
      <div data-testid="annotation-note" data-annotation-id={note.id} data-deleted="true" className="text-stone-500">
        {quote}
        <p className="mt-1 italic" data-testid="note-deleted">
          [deleted]
        </p>
      </div>
    );
  }

  return (
    <div data-testid="annotation-note" data-annotation-id={note.id}>
      <p className="flex flex-wrap items-baseline gap-x-2 text-xs text-stone-500">
        <span className="text-sm font-medium text-stone-800" data-testid="note-author">
          {note.author.name}
        </span>
        <span className="rounded bg-stone-100 px-1 text-stone-700" data-testid="note-motivation">
          {MOTIVATION_LABELS[note.motivation]}
        </span>
        <time dateTime={note.createdAt}>{formatWhen(note.createdAt)}</time>
        {note.editedAt ? (
          <span data-testid="note-edited" title={`Edited ${formatWhen(note.editedAt)}`}>
            (edited)
          </span>
        ) : null}
        {note.visibility === 'PRIVATE' ? <span className="rounded bg-sky-100 px-1 text-sky-900">Only me</span> : null}
        {note.anchorStatus === 'FUZZY' ? (
          <span
            className="rounded bg-violet-100 px-1 text-violet-900"
            title="The text changed a little; this note was placed where its quote now best fits."
            data-testid="note-reanchored"
          >
            re-anchored
          </span>
        ) : null}
      </p>
      {quote}
      {note.bodyHtml ? (
        // The only raw HTML in the app: rendered from Markdown and sanitized on the server.
        <div
          className="note-body mt-1 font-serif text-base leading-6"
          data-testid="annotation-body"
          dangerouslySetInnerHTML={{ __html: note.bodyHtml }}
        />
      ) : null}
      {note.tags.length > 0 ? (
        <ul aria-label="Tags" className="mt-1 flex flex-wrap gap-1">
          {note.tags.map((tag) => (
            <li key={tag} className="rounded-full bg-amber-50 px-2 text-xs text-amber-900 ring-1 ring-amber-200">
              #{tag}
            </li>
          ))}
        </ul>
      ) : null}
      {mode === 'view' && (canAnnotate || canTakePart) ? (
        <div className="mt-1 flex gap-1 text-xs">
          {canAnnotate ? (
            <button type="button" className={ACTION} onClick={() => setMode('reply')}>
              Reply
            </button>
          ) : null}
          {isOwn && canAnnotate ? (
            <button type="button" className={ACTION} onClick={() => setMode('edit')}>
              Edit
            </button>
          ) : null}
          {isOwn ? (
            <button type="button" className={ACTION} onClick={() => setMode('delete')}>
              Delete
            </button>
          ) : null}
          {canFlag && !isFlagged ? (
            <button type="button" className={ACTION} onClick={() => setMode('flag')}>
              Flag
            </button>
          ) : null}
        </div>
      ) : null}
      {isFlagged ? (
        <p role="status" className="mt-1 text-xs text-stone-600" data-testid="note-flagged">
          Flagged — moderators will review it
        </p>
      ) : null}
      {mode === 'flag' ? (
        <FlagForm
          target={{ type: 'annotation', id: note.id }}
          onDone={() => {
            setIsFlagged(true);
            setMode('view');
          }}
          onCancel={() => setMode('view')}
        />
      ) : null}
      {mode === 'reply' ? <ReplyForm parentId={note.id} onDone={done} onCancel={() => setMode('view')} /> : null}
      {mode === 'edit' ? <EditForm note={note} onDone={done} onCancel={() => setMode('view')} /> : null}
      {mode === 'delete' ? <DeleteConfirm noteId={note.id} onDone={done} onCancel={() => setMode('view')} /> : null}
    </div>
  );
}
