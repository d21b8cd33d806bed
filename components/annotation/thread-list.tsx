'use client';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useMemo, useRef } from 'react';
import type { TAnnotationView } from '@/lib/schemas/annotation';
import type { TThreadView } from '@/lib/schemas/thread';
import { AnnotationThread } from '@/components/annotation/annotation-thread';
import { toThreadNode } from '@/components/annotation/thread-list-state';

/** Scroll the list to a thread; `focus` also hands it the keyboard (a highlight was opened). */
export type TScrollRequest = { id: string; token: number; focus: boolean };

type TProps = {
  threads: readonly TThreadView[];
  testId: string;
  hasMore: boolean;
  isLoadingMore: boolean;
  onLoadMore: () => void;
  scrollRequest: TScrollRequest | null;
  text: string;
  revisionNumber: number;
  viewerId: string | null;
  canAnnotate: boolean;
  canFlag: boolean;
  activeId: string | null;
  onSelect: (id: string) => void;
  onUpsert: (annotation: TAnnotationView) => void;
  onShowWholeThread: (rootId: string) => Promise<string | null>;
};

// Measured after drawing; the estimate only places threads not drawn yet.
const ESTIMATED_THREAD_HEIGHT = 180;
const GAP = 12;
// Ask for the next page this many threads before the end, so scrolling rarely waits.
const LOAD_AHEAD = 5;

/**
 * The threads of one view, in a scroll box that draws only those near the visible part
 * (@tanstack/react-virtual), and asks for the next page as the end comes near.
 */
export function ThreadList({ threads, testId, hasMore, isLoadingMore, onLoadMore, scrollRequest, text, activeId, ...shared }: TProps) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const nodes = useMemo(() => threads.map(toThreadNode), [threads]);
  const virtualizer = useVirtualizer({
    count: threads.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ESTIMATED_THREAD_HEIGHT,
    getItemKey: (index) => threads[index]!.root.id,
    overscan: 6,
    gap: GAP,
  });
  const items = virtualizer.getVirtualItems();
  const lastDrawn = items.at(-1)?.index ?? -1;

  useEffect(() => {
    if (hasMore && !isLoadingMore && lastDrawn >= threads.length - LOAD_AHEAD) onLoadMore();
  }, [hasMore, isLoadingMore, lastDrawn, threads.length, onLoadMore]);

  // Bring a requested thread into the box; it is drawn on a later frame, then it may take the focus.
  const handledRef = useRef<number | null>(null);
  useEffect(() => {
    if (!scrollRequest || handledRef.current === scrollRequest.token) return;
    const index = threads.findIndex((t) => t.root.id === scrollRequest.id);
    if (index < 0) return;
    handledRef.current = scrollRequest.token;
    virtualizer.scrollToIndex(index, { align: 'center' });
    if (!scrollRequest.focus) return;
    let frames = 0;
    const focusWhenDrawn = () => {
      const element = document.getElementById(`thread-${scrollRequest.id}`);
      if (element) element.focus({ preventScroll: true });
      else if (++frames < 30) requestAnimationFrame(focusWhenDrawn);
    };
    requestAnimationFrame(focusWhenDrawn);
  }, [scrollRequest, threads, virtualizer]);

  return (
    <div ref={scrollRef} className="max-h-[70vh] overflow-y-auto overscroll-contain pr-1" data-testid="thread-scroller">
      <div className="relative w-full" style={{ height: virtualizer.getTotalSize() }}>
        <ol
          className="absolute top-0 left-0 flex w-full flex-col"
          style={{ gap: GAP, transform: `translateY(${items[0]?.start ?? 0}px)` }}
          data-testid={testId}
        >
          {items.map((item) => {
            const thread = threads[item.index]!;
            const { start, end } = thread.root;
            return (
              <AnnotationThread
                key={item.key}
                listIndex={item.index}
                measureRef={virtualizer.measureElement}
                node={nodes[item.index]!}
                currentQuote={start !== null && end !== null ? text.slice(start, end) : null}
                isActive={thread.root.id === activeId}
                liveReplyCount={thread.liveReplyCount}
                moreReplies={thread.moreReplies}
                {...shared}
              />
            );
          })}
        </ol>
      </div>
      {isLoadingMore ? (
        <p className="py-2 text-center text-xs text-stone-500" role="status">
          Loading more notes…
        </p>
      ) : null}
    </div>
  );
}
