'use client';
import { useRouter } from 'next/navigation';
import {
  useCallback,
  useEffect,
  useMemo,
  useRef,
  useState,
  type KeyboardEvent,
  type MouseEvent,
  type PointerEvent,
  type ReactNode,
} from 'react';
import type { TAnnotationView, TEssayEventView } from '@/lib/schemas/annotation';
import type { THighlightRange, TThreadView } from '@/lib/schemas/thread';
import type { TReaderSection } from '@/lib/server/queries/essay/get-essay-for-viewer';
import { postAnnotation } from '@/components/annotation/annotation-api';
import { useWriteKey } from '@/components/ui/use-write-key';
import type { TComposerValues } from '@/components/annotation/annotation-composer';
import { AnnotationSidebar } from '@/components/annotation/annotation-sidebar';
import { isShownTo } from '@/components/annotation/annotation-state';
import { claimCountDeltas, drawnRanges, recordChange, type TChangeType, type TLiveDeltas } from '@/components/annotation/live-deltas';
import type { TScrollRequest } from '@/components/annotation/thread-list';
import { useThreadList } from '@/components/annotation/use-thread-list';
import { NO_FILTERS } from '@/components/annotation/thread-view-query';
import { CLAIM_SELECTOR, selectionToOffsets } from '@/components/annotation/selection-offsets';
import {
  extendSelectionByKey,
  keepPressFromFocusing,
  useReaderSelection,
  type TPlacedSelection,
} from '@/components/annotation/use-reader-selection';
import { useEssayEvents } from '@/components/annotation/use-essay-events';
import { EssayReader } from '@/components/essay/essay-reader';
import { useLazyModule } from '@/components/ui/use-lazy-module';
import type { TEssayLayout } from '@/lib/domain/essay/types';

// The composer opens only when someone annotates, so its code (and the selector builder's) loads
// then, not with the page: most visits only read.
// The composer's code loads once the reader is in the browser, before anyone opens it, and stays
// out of the first-load JavaScript (use-lazy-module.ts).
const loadComposer = () => import('@/components/annotation/annotation-composer').then((m) => m.AnnotationComposer);

export type TWorkspaceEssay = {
  slug: string;
  revision: { id: string; number: number; text: string; layout: TEssayLayout | null };
  sections: TReaderSection[];
};

type TProps = {
  essay: TWorkspaceEssay;
  /** Where the notes lie, merged, as the server counted them when it rendered the page. */
  highlights: THighlightRange[];
  /** The newest live event id when the highlights were read: the stream starts after it. */
  liveSince: string;
  viewer: { id: string; name: string } | null;
  canAnnotate: boolean;
  /** May flag notes and delete their own (kept while the discussion is closed). */
  canFlag: boolean;
  /** Signed in and not suspended: the page follows new notes live. */
  canFollowLive: boolean;
  /** False under "post before you see" until the viewer's first shared note: then the page is drawn again. */
  seesOthers: boolean;
  selectedClaimId: string | null;
  header: ReactNode;
  trailer: ReactNode;
  claimPanel: ReactNode;
};

const NO_DELTAS: TLiveDeltas = new Map();
const EVENT_CHANGE: Record<TEssayEventView['type'], TChangeType> = {
  'annotation.created': 'created',
  'annotation.updated': 'updated',
  'annotation.deleted': 'deleted',
};

const BUTTON_WIDTH = 130;
const COMPOSER_WIDTH = 384;
const clamp = (value: number, min: number, max: number) => Math.max(min, Math.min(value, Math.max(min, max)));

function isTyping(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLInputElement ||
    target instanceof HTMLTextAreaElement ||
    target instanceof HTMLSelectElement ||
    (target instanceof HTMLElement && target.isContentEditable)
  );
}

/**
 * The essay page's interactive half: the reader with its highlights, the selection → composer
 * flow, the sidebar of threads, and the live stream that keeps them current.
 */
export function AnnotationWorkspace({
  essay,
  highlights,
  liveSince,
  viewer,
  canAnnotate,
  canFlag,
  canFollowLive,
  seesOthers,
  selectedClaimId,
  header,
  trailer,
  claimPanel,
}: TProps) {
  const router = useRouter();
  const articleRef = useRef<HTMLElement>(null);
  const readerRef = useRef<HTMLDivElement>(null);
  const viewerId = viewer?.id ?? null;
  const text = essay.revision.text;

  const [selection, setSelection, readSelectionNow] = useReaderSelection(readerRef, articleRef, canAnnotate);
  const [composer, setComposer] = useState<TPlacedSelection | null>(null);
  const { value: AnnotationComposer, hasFailed: hasComposerFailed } = useLazyModule(canAnnotate ? loadComposer : null);
  // One key per draft note: saving again after a lost answer finds the note instead of copying it.
  const noteKey = useWriteKey();
  const [activeId, setActiveId] = useState<string | null>(null);
  const [flashRange, setFlashRange] = useState<{ start: number; end: number } | null>(null);
  const [scrollRequest, setScrollRequest] = useState<TScrollRequest | null>(null);
  const list = useThreadList(essay.slug);
  const { applyLive, reload: reloadList, show: showThreads } = list;

  // Live changes laid over the server's highlights and badge counts. A new render of the page (a
  // claim opened, a refresh) brings fresh counts, and with them a clean slate.
  const [live, setLive] = useState<{ base: THighlightRange[]; deltas: TLiveDeltas }>({ base: highlights, deltas: new Map() });
  const deltas = live.base === highlights ? live.deltas : NO_DELTAS;

  const onChange = useCallback(
    (type: TChangeType, note: TAnnotationView) => {
      if (!isShownTo(note, viewerId)) return;
      setLive((current) => ({
        base: highlights,
        deltas: recordChange(current.base === highlights ? current.deltas : NO_DELTAS, type, note),
      }));
      applyLive({ type, note });
    },
    [highlights, viewerId, applyLive],
  );
  const upsert = useCallback(
    (a: TAnnotationView) => {
      onChange('local', a);
      // The viewer's first shared note unlocks the cohort's notes (post before you see): draw the
      // page and the list again rather than wait for the stream's reload (suspended: no stream).
      if (!seesOthers && a.visibility === 'COHORT') {
        router.refresh();
        reloadList();
      }
    },
    [onChange, seesOthers, router, reloadList],
  );
  const streamState = useEssayEvents(
    essay.slug,
    canFollowLive,
    liveSince,
    (event) => onChange(EVENT_CHANGE[event.type], event.annotation),
    // Too far behind for the stream to replay: render the page again (highlights, counts) and
    // read the sidebar's first page again.
    () => {
      router.refresh();
      reloadList();
    },
  );
  // Signed in yet not followed live: only a suspended member (the permission table says so).
  const liveState = viewer !== null && !canFollowLive ? 'suspended' : streamState;

  const ranges = useMemo(() => drawnRanges(highlights, deltas), [highlights, deltas]);
  const claimTexts = useMemo(
    () => new Map(essay.sections.flatMap((s) => s.claims.map((c) => [c.id, essay.revision.text.slice(c.start, c.end)] as const))),
    [essay.sections, essay.revision.text],
  );
  const claimTextOf = useCallback((claimId: string) => claimTexts.get(claimId) ?? null, [claimTexts]);
  const countDeltas = useMemo(() => claimCountDeltas(deltas), [deltas]);
  const activeRoot = list.state.threads.find((t) => t.root.id === activeId)?.root;
  const activeRange = activeRoot?.start != null && activeRoot.end != null ? { start: activeRoot.start, end: activeRoot.end } : null;

  const openComposer = useCallback(() => {
    const current = readSelectionNow() ?? selection;
    if (!current) return;
    setComposer(current);
    setSelection(null);
  }, [selection, readSelectionNow, setSelection]);

  // The keyboard way in: with text selected in the essay, "a" opens the composer.
  useEffect(() => {
    if (!selection || composer) return;
    const onKey = (event: globalThis.KeyboardEvent) => {
      if (event.key.toLowerCase() !== 'a' || event.ctrlKey || event.metaKey || event.altKey || isTyping(event.target)) return;
      event.preventDefault();
      openComposer();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [selection, composer, openComposer]);

  const closeComposer = useCallback(() => {
    if (!composer) return;
    setComposer(null);
    // Back to the sentence the note was about.
    const claims = readerRef.current?.querySelectorAll<HTMLElement>(CLAIM_SELECTOR) ?? [];
    const home = [...claims].find((c) => Number(c.dataset.end) > composer.start);
    home?.focus({ preventScroll: true });
  }, [composer]);

  const saveNote = useCallback(
    async (values: TComposerValues): Promise<string | null> => {
      if (!composer) return null;
      const anchoring = await import('@/lib/domain/anchoring');
      let selectors;
      try {
        selectors = anchoring.describeRange(text, composer.start, composer.end);
      } catch (error) {
        if (anchoring.isAnchoringError(error)) return error.message;
        throw error;
      }
      const input = { revisionId: essay.revision.id, ...values, selectors };
      const result = await postAnnotation(essay.slug, input, noteKey.keyFor(input));
      if (!result.isOk) return result.error;
      noteKey.settle();
      upsert(result.annotation);
      setActiveId(result.annotation.id);
      setScrollRequest({ id: result.annotation.id, token: Date.now(), focus: false });
      closeComposer();
      return null;
    },
    [composer, text, essay.slug, essay.revision.id, noteKey, upsert, closeComposer],
  );

  useEffect(() => {
    if (flashRange === null) return;
    const timer = setTimeout(() => setFlashRange(null), 1_000);
    return () => clearTimeout(timer);
  }, [flashRange]);

  const openClaim = (claimId: string) => router.push(`?claim=${encodeURIComponent(claimId)}#claim-${claimId}`, { scroll: false });

  // From the list: show where the note is in the essay.
  const threads = list.state.threads;
  const selectFromList = useCallback(
    (id: string) => {
      setActiveId(id);
      const root = threads.find((t) => t.root.id === id)?.root;
      if (root?.start == null || root.end == null) return;
      const { start, end } = root;
      setFlashRange({ start, end });
      const marks = readerRef.current?.querySelectorAll<HTMLElement>('mark[data-testid="highlight"]') ?? [];
      const mark = [...marks].find((m) => Number(m.dataset.end) > start && Number(m.dataset.start) < end);
      const isReduced = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
      mark?.scrollIntoView({ block: 'center', behavior: isReduced ? 'auto' : 'smooth' });
    },
    [threads],
  );

  // A highlight was opened: list the notes at that place and hand the focus to the one on top
  // (the shortest, as it is drawn innermost).
  const showNotesAt = useCallback(
    async (offset: number) => {
      const page = await showThreads({ tab: 'anchored', scope: { kind: 'at', offset }, filters: NO_FILTERS });
      const length = (t: TThreadView) => (t.root.end ?? Infinity) - (t.root.start ?? 0);
      const top = page?.threads.reduce<TThreadView | null>((best, t) => (best === null || length(t) < length(best) ? t : best), null);
      if (!top) return;
      setActiveId(top.root.id);
      setScrollRequest({ id: top.root.id, token: Date.now(), focus: true });
    },
    [showThreads],
  );

  function onReaderClick(event: MouseEvent<HTMLDivElement>) {
    const target = event.target as Element;
    // A link in the essay's own text (a Markdown source) is followed, not taken for the sentence.
    if (target.closest('a')) return;
    const claim = target.closest<HTMLElement>(CLAIM_SELECTOR);
    const root = readerRef.current;
    if (!claim || !root) return;
    // The end of a drag is not a click on a sentence.
    if (selectionToOffsets(root, document.getSelection())) return;
    // On a highlight: the notes there as well as the sentence.
    const mark = target.closest<HTMLElement>('mark[data-testid="highlight"]');
    if (mark) void showNotesAt(Number(mark.dataset.start));
    if (claim.dataset.claimId) openClaim(claim.dataset.claimId);
  }

  function onReaderPointerDown(event: PointerEvent<HTMLDivElement>) {
    const claim = (event.target as Element).closest<HTMLElement>(CLAIM_SELECTOR);
    if (claim) keepPressFromFocusing(claim);
  }

  function onReaderKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    const claim = event.target as HTMLElement;
    const root = readerRef.current;
    if (!root || !claim.matches(CLAIM_SELECTOR)) return;
    if ((event.key === 'Enter' || event.key === ' ') && !event.shiftKey) {
      event.preventDefault();
      if (claim.dataset.claimId) openClaim(claim.dataset.claimId);
      return;
    }
    if (extendSelectionByKey(event, claim, root)) event.preventDefault();
  }

  return (
    <div className="grid gap-10 lg:grid-cols-[minmax(0,1fr)_22rem]">
      <article ref={articleRef} aria-labelledby="essay-title" className="relative min-w-0">
        {header}
        <div ref={readerRef} onPointerDown={onReaderPointerDown} onClick={onReaderClick} onKeyDown={onReaderKeyDown}>
          <EssayReader
            text={text}
            sections={essay.sections}
            layout={essay.revision.layout}
            selectedClaimId={selectedClaimId}
            ranges={ranges}
            pending={composer}
            activeRange={activeRange}
            flashRange={flashRange}
            countDeltas={countDeltas}
          />
        </div>
        {trailer}
        {canAnnotate && selection && !composer ? (
          <button
            type="button"
            // Keep the selection: a press on the button must not clear it.
            onMouseDown={(event) => event.preventDefault()}
            onClick={openComposer}
            aria-keyshortcuts="A"
            data-testid="annotate-button"
            style={{ top: selection.top + 6, left: clamp(selection.left - BUTTON_WIDTH / 2, 0, selection.width - BUTTON_WIDTH) }}
            className="absolute z-20 flex items-center gap-2 rounded-full bg-stone-900 px-3 py-1.5 font-sans text-sm text-white shadow-lg hover:bg-stone-700 focus-visible:outline-2 focus-visible:outline-amber-500"
          >
            Annotate
            <kbd aria-hidden="true" className="rounded border border-stone-500 px-1 text-xs text-stone-300">
              A
            </kbd>
          </button>
        ) : null}
        {composer && AnnotationComposer ? (
          <AnnotationComposer
            key={`${composer.start}-${composer.end}`}
            quote={text.slice(composer.start, composer.end)}
            authorName={viewer?.name ?? ''}
            at={{ top: composer.top, left: clamp(composer.left - COMPOSER_WIDTH / 2, 0, composer.width - COMPOSER_WIDTH) }}
            onSubmit={saveNote}
            onClose={closeComposer}
          />
        ) : composer && hasComposerFailed ? (
          <p
            role="alert"
            style={{
              top: composer.top,
              left: clamp(composer.left - COMPOSER_WIDTH / 2, 0, composer.width - COMPOSER_WIDTH),
              width: COMPOSER_WIDTH,
            }}
            className="absolute z-30 rounded border border-red-300 bg-white p-3 font-sans text-sm text-red-700 shadow-lg"
          >
            The note editor could not be loaded. Check your connection and reload the page.
          </p>
        ) : null}
      </article>
      <div className="space-y-6 lg:sticky lg:top-6 lg:max-h-[calc(100vh-3rem)] lg:self-start lg:overflow-y-auto">
        {claimPanel}
        <AnnotationSidebar
          list={list}
          text={text}
          revisionNumber={essay.revision.number}
          viewerId={viewerId}
          canAnnotate={canAnnotate}
          canFlag={canFlag}
          liveState={liveState}
          activeId={activeId}
          selectedClaimId={selectedClaimId}
          claimTextOf={claimTextOf}
          scrollRequest={scrollRequest}
          onSelect={selectFromList}
          onUpsert={upsert}
        />
      </div>
    </div>
  );
}
