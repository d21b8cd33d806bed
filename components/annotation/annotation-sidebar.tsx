'use client';
import { useEffect, useId, useMemo, useState, type KeyboardEvent } from 'react';
import type { TAnnotationView } from '@/lib/schemas/annotation';
import { AnnotationFilters } from '@/components/annotation/annotation-filters';
import { isFiltering, matchesFilters, NO_FILTERS, type TFilters, type TThreadNode } from '@/components/annotation/annotation-state';
import { AnnotationThread } from '@/components/annotation/annotation-thread';
import { LiveStatus } from '@/components/annotation/live-status';
import type { TLiveState } from '@/components/annotation/use-essay-events';

type TTab = 'anchored' | 'orphaned';

type TProps = {
  threads: TThreadNode[];
  text: string;
  revisionNumber: number;
  viewerId: string | null;
  canAnnotate: boolean;
  liveState: TLiveState;
  activeId: string | null;
  /** Set when a highlight was clicked: show that thread, whatever the tab and filters. */
  reveal: { id: string; token: number } | null;
  onSelect: (id: string) => void;
  onUpsert: (annotation: TAnnotationView) => void;
};

/** The notes beside the essay: threads in document order, filters, and the orphans in their own tab. */
export function AnnotationSidebar({
  threads,
  text,
  revisionNumber,
  viewerId,
  canAnnotate,
  liveState,
  activeId,
  reveal,
  onSelect,
  onUpsert,
}: TProps) {
  const id = useId();
  const [tab, setTab] = useState<TTab>('anchored');
  const [filters, setFilters] = useState<TFilters>(NO_FILTERS);

  const anchored = useMemo(() => threads.filter((t) => t.note.anchorStatus !== 'ORPHANED'), [threads]);
  const orphaned = useMemo(() => threads.filter((t) => t.note.anchorStatus === 'ORPHANED'), [threads]);
  const list = (tab === 'anchored' ? anchored : orphaned).filter((t) => matchesFilters(t, filters, viewerId));

  useEffect(() => {
    if (!reveal) return;
    setTab('anchored');
    setFilters((current) => {
      const thread = anchored.find((t) => t.note.id === reveal.id);
      return thread && !matchesFilters(thread, current, viewerId) ? NO_FILTERS : current;
    });
    // After the tab and filters have rendered: bring the thread into view and hand it the focus.
    requestAnimationFrame(() => {
      const element = document.getElementById(`thread-${reveal.id}`);
      element?.focus({ preventScroll: true });
      element?.scrollIntoView({ block: 'nearest' });
    });
    // Only a new request should move things: `anchored` changing under it (a live note) should not.
    // eslint-disable-next-line react-hooks/exhaustive-deps -- deliberately keyed on the request alone
  }, [reveal]);

  function onTabKey(event: KeyboardEvent) {
    if (event.key !== 'ArrowRight' && event.key !== 'ArrowLeft') return;
    const next: TTab = tab === 'anchored' ? 'orphaned' : 'anchored';
    setTab(next);
    document.getElementById(`${id}-tab-${next}`)?.focus();
  }

  const tabClass = (isSelected: boolean) =>
    `rounded-t px-3 py-1.5 text-sm focus-visible:outline-2 focus-visible:outline-amber-500 ${isSelected ? 'border-b-2 border-amber-500 font-semibold text-stone-900' : 'text-stone-600 hover:text-stone-900'}`;

  return (
    <section
      aria-label="Annotations"
      data-testid="annotation-sidebar"
      className="rounded border border-stone-200 bg-white p-4 font-sans text-sm"
    >
      <div className="flex items-center justify-between gap-2">
        <div role="tablist" aria-label="Annotation lists" className="flex gap-1 border-b border-stone-200" onKeyDown={onTabKey}>
          <button
            role="tab"
            type="button"
            id={`${id}-tab-anchored`}
            aria-selected={tab === 'anchored'}
            aria-controls={`${id}-panel`}
            tabIndex={tab === 'anchored' ? 0 : -1}
            onClick={() => setTab('anchored')}
            className={tabClass(tab === 'anchored')}
          >
            Annotations ({anchored.length})
          </button>
          <button
            role="tab"
            type="button"
            id={`${id}-tab-orphaned`}
            aria-selected={tab === 'orphaned'}
            aria-controls={`${id}-panel`}
            tabIndex={tab === 'orphaned' ? 0 : -1}
            onClick={() => setTab('orphaned')}
            className={tabClass(tab === 'orphaned')}
          >
            Orphaned ({orphaned.length})
          </button>
        </div>
        <LiveStatus state={liveState} />
      </div>
      {canAnnotate ? (
        <p className="mt-2 text-xs text-stone-500">
          Select text in the essay, then choose Annotate or press <kbd className="rounded border border-stone-300 px-1">A</kbd>. With the
          keyboard: focus a sentence, extend with Shift+arrows.
        </p>
      ) : null}
      <AnnotationFilters threads={threads} filters={filters} onChange={setFilters} hasViewer={viewerId !== null} />
      <div role="tabpanel" id={`${id}-panel`} aria-labelledby={`${id}-tab-${tab}`} className="mt-3">
        {list.length === 0 ? (
          <p className="text-stone-500" data-testid="annotation-empty">
            {tab === 'anchored'
              ? !isFiltering(filters)
                ? 'No annotations yet.'
                : 'No annotations match these filters.'
              : 'No orphaned annotations: every note still has its place in the text.'}
          </p>
        ) : (
          <ol className="space-y-3" data-testid={tab === 'anchored' ? 'annotation-list' : 'orphan-list'}>
            {list.map((thread) => (
              <AnnotationThread
                key={thread.note.id}
                node={thread}
                currentQuote={
                  thread.note.start !== null && thread.note.end !== null ? text.slice(thread.note.start, thread.note.end) : null
                }
                revisionNumber={revisionNumber}
                isActive={thread.note.id === activeId}
                onSelect={onSelect}
                viewerId={viewerId}
                canAnnotate={canAnnotate}
                onUpsert={onUpsert}
              />
            ))}
          </ol>
        )}
      </div>
    </section>
  );
}
