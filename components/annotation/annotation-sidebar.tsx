'use client';
import { useId, type KeyboardEvent } from 'react';
import type { TAnnotationView } from '@/lib/schemas/annotation';
import { AnnotationFilters } from '@/components/annotation/annotation-filters';
import { excerpt } from '@/components/annotation/labels';
import { LiveStatus } from '@/components/annotation/live-status';
import type { TScrollRequest } from '@/components/annotation/thread-list';
import type { TThreadListControls } from '@/components/annotation/use-thread-list';
import { isFiltering, type TFilters, type TListView, type TTab } from '@/components/annotation/thread-view-query';
import type { TLiveState } from '@/components/annotation/use-essay-events';
import { useLazyModule } from '@/components/ui/use-lazy-module';

type TProps = {
  list: TThreadListControls;
  text: string;
  revisionNumber: number;
  viewerId: string | null;
  canAnnotate: boolean;
  /** May flag notes and delete their own: kept while the discussion is closed. */
  canFlag: boolean;
  liveState: TLiveState;
  activeId: string | null;
  /** The claim open in the claim panel: its notes are one click away. */
  selectedClaimId: string | null;
  /** A claim's words, to say which claim's notes are listed. */
  claimTextOf: (claimId: string) => string | null;
  scrollRequest: TScrollRequest | null;
  onSelect: (id: string) => void;
  onUpsert: (annotation: TAnnotationView) => void;
};

const NO_FACETS = { tags: [], authors: [] };

// The list and its virtualizer load once the sidebar is in the browser, alongside the first page
// of threads: their code stays out of the reader's first-load JavaScript (use-lazy-module.ts).
const loadThreadList = () => import('@/components/annotation/thread-list').then((m) => m.ThreadList);

/**
 * The notes beside the essay, loaded from the server a page at a time: all threads in document
 * order, the ones at a clicked highlight ("Notes here"), or one claim's; filters; the orphans in
 * their own tab.
 */
export function AnnotationSidebar({
  list,
  text,
  revisionNumber,
  viewerId,
  canAnnotate,
  canFlag,
  liveState,
  activeId,
  selectedClaimId,
  claimTextOf,
  scrollRequest,
  onSelect,
  onUpsert,
}: TProps) {
  const id = useId();
  const { value: ThreadList, hasFailed: hasListCodeFailed } = useLazyModule(loadThreadList);
  const { state } = list;
  const { tab, scope, filters } = state.view;
  const counts = state.summary?.counts;
  const show = (view: TListView) => void list.show(view);
  const setTab = (next: TTab) => {
    // Orphans have no place in the text, so a place or a claim does not narrow them.
    if (next !== tab) show({ tab: next, scope: { kind: 'all' }, filters });
  };
  const setFilters = (next: TFilters) => show({ ...state.view, filters: next });

  function onTabKey(event: KeyboardEvent) {
    if (event.key !== 'ArrowRight' && event.key !== 'ArrowLeft') return;
    const next: TTab = tab === 'anchored' ? 'orphaned' : 'anchored';
    setTab(next);
    document.getElementById(`${id}-tab-${next}`)?.focus();
  }

  const tabClass = (isSelected: boolean) =>
    `rounded-t px-3 py-1.5 text-sm focus-visible:outline-2 focus-visible:outline-amber-500 ${isSelected ? 'border-b-2 border-amber-500 font-semibold text-stone-900' : 'text-stone-600 hover:text-stone-900'}`;
  const linkButton = 'text-xs text-stone-600 underline underline-offset-2 hover:text-stone-900';
  const countLabel = (n: number | undefined) => (n === undefined ? '' : ` (${n})`);

  const empty =
    tab === 'orphaned'
      ? 'No orphaned annotations: every note still has its place in the text.'
      : isFiltering(filters)
        ? 'No annotations match these filters.'
        : scope.kind === 'all'
          ? 'No annotations yet.'
          : scope.kind === 'at'
            ? 'No notes here any more.'
            : 'No notes on this claim yet.';

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
            Annotations{countLabel(counts?.anchored)}
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
            Orphaned{countLabel(counts?.orphaned)}
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
      <AnnotationFilters
        facets={state.summary?.facets ?? NO_FACETS}
        filters={filters}
        onChange={setFilters}
        hasViewer={viewerId !== null}
      />
      {tab === 'anchored' && scope.kind !== 'all' ? (
        <div className="mt-3 flex items-baseline justify-between gap-2" data-testid="thread-scope">
          <h3 className="font-semibold text-stone-900">
            {scope.kind === 'at' ? 'Notes here' : `Notes on “${excerpt(claimTextOf(scope.claimId) ?? 'a claim', 60)}”`}
          </h3>
          <button type="button" className={linkButton} onClick={() => show({ ...state.view, scope: { kind: 'all' } })}>
            ← All notes
          </button>
        </div>
      ) : tab === 'anchored' && selectedClaimId !== null ? (
        <button
          type="button"
          className={`mt-3 ${linkButton}`}
          onClick={() => show({ ...state.view, scope: { kind: 'claim', claimId: selectedClaimId } })}
        >
          Show only this claim’s notes
        </button>
      ) : null}
      <div role="tabpanel" id={`${id}-panel`} aria-labelledby={`${id}-tab-${tab}`} aria-busy={state.status === 'loading'} className="mt-3">
        {hasListCodeFailed ? (
          <p role="alert" className="text-red-700">
            The notes list could not be loaded. Check your connection and reload the page.
          </p>
        ) : state.threads.length === 0 && state.status === 'failed' ? null : state.threads.length === 0 && state.status !== 'loading' ? (
          <p className="text-stone-500" data-testid="annotation-empty">
            {empty}
          </p>
        ) : state.status === 'loading' || ThreadList === null ? (
          <p className="text-stone-500" role="status" data-testid="annotation-loading">
            Loading notes…
          </p>
        ) : (
          <ThreadList
            threads={state.threads}
            testId={tab === 'anchored' ? 'annotation-list' : 'orphan-list'}
            hasMore={state.nextCursor !== null && state.status !== 'failed'}
            isLoadingMore={state.status === 'loading-more'}
            onLoadMore={list.loadMore}
            scrollRequest={scrollRequest}
            text={text}
            revisionNumber={revisionNumber}
            viewerId={viewerId}
            canAnnotate={canAnnotate}
            canFlag={canFlag}
            activeId={activeId}
            onSelect={onSelect}
            onUpsert={onUpsert}
            onShowWholeThread={list.showWholeThread}
          />
        )}
        {state.status === 'failed' ? (
          <p role="alert" className="mt-2 text-red-700">
            {state.error}{' '}
            <button
              type="button"
              className="underline underline-offset-2"
              onClick={() => (state.threads.length === 0 ? list.reload() : list.loadMore())}
            >
              Try again
            </button>
          </p>
        ) : null}
      </div>
    </section>
  );
}
