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
import { describeRange, isAnchoringError } from '@/lib/domain/anchoring';
import type { TAnnotationView } from '@/lib/schemas/annotation';
import type { TSectionView } from '@/lib/server/queries/essay/get-essay-for-viewer';
import { fetchAnnotations, postAnnotation } from '@/components/annotation/annotation-api';
import { AnnotationComposer, type TComposerValues } from '@/components/annotation/annotation-composer';
import { AnnotationSidebar } from '@/components/annotation/annotation-sidebar';
import { buildThreads, countByClaim, highlightSpans, toAnnotationMap, upsertAnnotation } from '@/components/annotation/annotation-state';
import { CLAIM_SELECTOR, selectionToOffsets } from '@/components/annotation/selection-offsets';
import {
  extendSelectionByKey,
  keepPressFromFocusing,
  useReaderSelection,
  type TPlacedSelection,
} from '@/components/annotation/use-reader-selection';
import { useEssayEvents } from '@/components/annotation/use-essay-events';
import { EssayReader } from '@/components/essay/essay-reader';

export type TWorkspaceEssay = { slug: string; revision: { id: string; number: number; text: string }; sections: TSectionView[] };

type TProps = {
  essay: TWorkspaceEssay;
  initialAnnotations: TAnnotationView[];
  /** The newest live event id when the list was read: the stream starts after it. */
  liveSince: string;
  viewer: { id: string; name: string } | null;
  canAnnotate: boolean;
  /** Signed in and not suspended: the page follows new notes live. */
  canFollowLive: boolean;
  selectedClaimId: string | null;
  header: ReactNode;
  trailer: ReactNode;
  claimPanel: ReactNode;
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
  initialAnnotations,
  liveSince,
  viewer,
  canAnnotate,
  canFollowLive,
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

  const [annotations, setAnnotations] = useState(() => toAnnotationMap(initialAnnotations));
  const [selection, setSelection, readSelectionNow] = useReaderSelection(readerRef, articleRef, canAnnotate);
  const [composer, setComposer] = useState<TPlacedSelection | null>(null);
  const [activeId, setActiveId] = useState<string | null>(null);
  const [flashId, setFlashId] = useState<string | null>(null);
  const [reveal, setReveal] = useState<{ id: string; token: number } | null>(null);

  const upsert = useCallback((a: TAnnotationView) => setAnnotations((state) => upsertAnnotation(state, a, viewerId)), [viewerId]);
  // Too far behind for the stream to replay: fetch the list again and fold it in, newest wins
  // (notes never vanish from a list — deleted ones stay as placeholders — so folding is enough).
  const reload = useCallback(async () => {
    const list = await fetchAnnotations(essay.slug);
    if (list) setAnnotations((state) => list.reduce((acc, a) => upsertAnnotation(acc, a, viewerId), state));
  }, [essay.slug, viewerId]);
  const streamState = useEssayEvents(
    essay.slug,
    canFollowLive,
    liveSince,
    (event) => upsert(event.annotation),
    () => void reload(),
  );
  // Signed in yet not followed live: only a suspended member (the permission table says so).
  const liveState = viewer !== null && !canFollowLive ? 'suspended' : streamState;

  // A navigation (opening a claim) renders the page again: fold the fresh list in, newest wins.
  useEffect(() => {
    setAnnotations((state) => initialAnnotations.reduce((acc, a) => upsertAnnotation(acc, a, viewerId), state));
  }, [initialAnnotations, viewerId]);

  const spans = useMemo(() => highlightSpans(annotations), [annotations]);
  const threads = useMemo(() => buildThreads(annotations), [annotations]);
  // The badges were counted by the server with the list it sent; move them by what changed since.
  const countDeltas = useMemo(() => {
    const base = countByClaim(toAnnotationMap(initialAnnotations));
    const now = countByClaim(annotations);
    const deltas = new Map<string, number>();
    for (const claimId of new Set([...base.keys(), ...now.keys()])) deltas.set(claimId, (now.get(claimId) ?? 0) - (base.get(claimId) ?? 0));
    return deltas;
  }, [annotations, initialAnnotations]);

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
      let selectors;
      try {
        selectors = describeRange(text, composer.start, composer.end);
      } catch (error) {
        if (isAnchoringError(error)) return error.message;
        throw error;
      }
      const result = await postAnnotation(essay.slug, { revisionId: essay.revision.id, ...values, selectors });
      if (!result.isOk) return result.error;
      upsert(result.annotation);
      setActiveId(result.annotation.id);
      closeComposer();
      return null;
    },
    [composer, text, essay.slug, essay.revision.id, upsert, closeComposer],
  );

  useEffect(() => {
    if (flashId === null) return;
    const timer = setTimeout(() => setFlashId(null), 1_000);
    return () => clearTimeout(timer);
  }, [flashId]);

  const openClaim = (claimId: string) => router.push(`?claim=${encodeURIComponent(claimId)}#claim-${claimId}`, { scroll: false });

  // From the list: show where the note is in the essay.
  const selectFromList = useCallback((id: string) => {
    setActiveId(id);
    setFlashId(id);
    const mark = readerRef.current?.querySelector(`mark[data-annotation-ids~="${CSS.escape(id)}"]`);
    const isReduced = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
    mark?.scrollIntoView({ block: 'center', behavior: isReduced ? 'auto' : 'smooth' });
  }, []);

  function onReaderClick(event: MouseEvent<HTMLDivElement>) {
    const target = event.target as Element;
    const claim = target.closest<HTMLElement>(CLAIM_SELECTOR);
    const root = readerRef.current;
    if (!claim || !root) return;
    // The end of a drag is not a click on a sentence.
    if (selectionToOffsets(root, document.getSelection())) return;
    // On a highlight, the shortest note there is the one on top: open its thread as well.
    const topmost = target.closest<HTMLElement>('mark[data-annotation-ids]')?.dataset.annotationIds?.split(' ')[0];
    if (topmost) {
      setActiveId(topmost);
      setReveal({ id: topmost, token: Date.now() });
    }
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
            selectedClaimId={selectedClaimId}
            spans={spans}
            pending={composer}
            activeId={activeId}
            flashId={flashId}
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
        {composer ? (
          <AnnotationComposer
            key={`${composer.start}-${composer.end}`}
            quote={text.slice(composer.start, composer.end)}
            authorName={viewer?.name ?? ''}
            at={{ top: composer.top, left: clamp(composer.left - COMPOSER_WIDTH / 2, 0, composer.width - COMPOSER_WIDTH) }}
            onSubmit={saveNote}
            onClose={closeComposer}
          />
        ) : null}
      </article>
      <div className="space-y-6 lg:sticky lg:top-6 lg:max-h-[calc(100vh-3rem)] lg:self-start lg:overflow-y-auto">
        {claimPanel}
        <AnnotationSidebar
          threads={threads}
          text={text}
          revisionNumber={essay.revision.number}
          viewerId={viewerId}
          canAnnotate={canAnnotate}
          liveState={liveState}
          activeId={activeId}
          reveal={reveal}
          onSelect={selectFromList}
          onUpsert={upsert}
        />
      </div>
    </div>
  );
}
