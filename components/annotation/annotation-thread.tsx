'use client';
import { useEffect, useState, type MouseEvent } from 'react';
import type { TAnnotationView } from '@/lib/schemas/annotation';
import { AnnotationNote } from '@/components/annotation/annotation-note';
import { countAllReplies, type TThreadNode } from '@/components/annotation/annotation-state';
import { excerpt } from '@/components/annotation/labels';

// Replies nest by indentation down to this depth; deeper ones wait behind "Show n more replies".
const MAX_VISIBLE_DEPTH = 3;

// canAnnotate: may post now (reply, edit); canFlag: may take part at all (flag, delete one's own),
// which a closed discussion keeps.
type TShared = { viewerId: string | null; canAnnotate: boolean; canFlag: boolean; onUpsert: (annotation: TAnnotationView) => void };

type TProps = TShared & {
  node: TThreadNode;
  /** The text the root's highlight covers now (null for orphans, which show their original quote). */
  currentQuote: string | null;
  revisionNumber: number;
  isActive: boolean;
  onSelect: (id: string) => void;
  /** Replies with words over the whole thread, loaded or not. */
  liveReplyCount: number;
  /** Replies the server has not sent yet; "Show n more replies" reads the thread whole. */
  moreReplies: number;
  onShowWholeThread: (rootId: string) => Promise<string | null>;
  /** The virtualized list measures each thread and knows it by its index. */
  measureRef?: (element: HTMLLIElement | null) => void;
  listIndex?: number;
};

const repliesLabel = (n: number) => `${n} ${n === 1 ? 'reply' : 'replies'}`;

/** A root note with its replies: selecting it shows its highlight in the essay. */
export function AnnotationThread({
  node,
  currentQuote,
  revisionNumber,
  isActive,
  onSelect,
  liveReplyCount,
  moreReplies,
  onShowWholeThread,
  measureRef,
  listIndex,
  ...shared
}: TProps) {
  const { note } = node;
  const [isOpen, setIsOpen] = useState(isActive);
  const [moreState, setMoreState] = useState<{ isBusy: boolean; error: string | null }>({ isBusy: false, error: null });
  useEffect(() => {
    if (isActive) setIsOpen(true);
  }, [isActive]);

  // A reply posted from inside this thread should be seen at once.
  const onUpsert = (annotation: TAnnotationView) => {
    shared.onUpsert(annotation);
    if (annotation.parentId !== null) setIsOpen(true);
  };

  function selectFromCard(event: MouseEvent) {
    // Controls inside the card do their own thing; a click on the card itself selects the thread.
    if ((event.target as Element).closest('button, a, input, textarea, select, label, form')) return;
    onSelect(note.id);
  }

  const quoteText = currentQuote ?? note.quote?.exact ?? '';
  const quote =
    currentQuote !== null ? (
      <button
        type="button"
        onClick={() => onSelect(note.id)}
        className="mt-1 block w-full border-l-4 border-amber-300 pl-2 text-left font-serif text-stone-600 hover:border-amber-500 focus-visible:outline-2 focus-visible:outline-amber-500"
        aria-label={`Show in the essay: ${excerpt(quoteText, 80)}`}
        data-testid="thread-quote"
      >
        {excerpt(quoteText)}
      </button>
    ) : (
      <div className="mt-1">
        <blockquote className="border-l-4 border-stone-300 pl-2 font-serif text-stone-600" data-testid="thread-quote">
          {quoteText}
        </blockquote>
        <p className="mt-1 text-xs text-stone-500">
          The text this note was attached to has changed (now revision {revisionNumber}), so it no longer has a place in the essay.
        </p>
      </div>
    );

  const live = liveReplyCount;
  const hasReplies = node.replies.length > 0 || moreReplies > 0;
  async function showMore() {
    setMoreState({ isBusy: true, error: null });
    const error = await onShowWholeThread(note.id);
    setMoreState({ isBusy: false, error });
  }
  return (
    <li
      ref={measureRef}
      data-index={listIndex}
      id={`thread-${note.id}`}
      tabIndex={-1}
      data-testid="annotation-thread"
      data-annotation-id={note.id}
      aria-current={isActive ? 'true' : undefined}
      onClick={selectFromCard}
      className={`rounded border bg-white p-3 text-sm focus:outline-2 focus:outline-amber-500 ${isActive ? 'border-amber-400 shadow-sm' : 'border-stone-200'}`}
    >
      <AnnotationNote note={note} quote={quote} {...shared} onUpsert={onUpsert} />
      {hasReplies ? (
        <button
          type="button"
          aria-expanded={isOpen}
          onClick={() => setIsOpen(!isOpen)}
          className="mt-2 text-xs text-stone-600 underline underline-offset-2"
          data-testid="reply-count"
        >
          {isOpen ? `Hide replies (${live})` : `Show ${repliesLabel(live)}`}
        </button>
      ) : (
        <p className="mt-2 text-xs text-stone-400" data-testid="reply-count">
          No replies yet
        </p>
      )}
      {isOpen && node.replies.length > 0 ? (
        <Replies nodes={node.replies} depth={1} isRevealed={false} {...shared} onUpsert={onUpsert} />
      ) : null}
      {isOpen && moreReplies > 0 ? (
        <button
          type="button"
          disabled={moreState.isBusy}
          onClick={() => void showMore()}
          className="mt-2 text-xs text-stone-600 underline underline-offset-2"
          data-testid="more-replies"
        >
          Show {moreReplies} more {moreReplies === 1 ? 'reply' : 'replies'}
        </button>
      ) : null}
      {moreState.error ? (
        <p role="alert" className="mt-1 text-xs text-red-700">
          {moreState.error}
        </p>
      ) : null}
    </li>
  );
}

function Replies({ nodes, depth, isRevealed, ...shared }: TShared & { nodes: TThreadNode[]; depth: number; isRevealed: boolean }) {
  const [revealed, setRevealed] = useState<ReadonlySet<string>>(new Set());
  return (
    <ul className={`mt-2 space-y-3 ${depth <= MAX_VISIBLE_DEPTH ? 'ml-1 border-l-2 border-stone-200 pl-3' : ''}`}>
      {nodes.map((child) => {
        const isChildRevealed = isRevealed || revealed.has(child.note.id);
        const isCollapsed = depth >= MAX_VISIBLE_DEPTH && !isChildRevealed;
        const hidden = countAllReplies(child);
        return (
          <li key={child.note.id} data-testid="annotation-reply">
            <AnnotationNote note={child.note} {...shared} />
            {child.replies.length === 0 ? null : isCollapsed ? (
              <button
                type="button"
                onClick={() => setRevealed(new Set(revealed).add(child.note.id))}
                className="mt-1 text-xs text-stone-600 underline underline-offset-2"
              >
                Show {hidden} more {hidden === 1 ? 'reply' : 'replies'}
              </button>
            ) : (
              <Replies nodes={child.replies} depth={depth + 1} isRevealed={isChildRevealed} {...shared} />
            )}
          </li>
        );
      })}
    </ul>
  );
}
