import { memo } from 'react';
import { groupParagraphs } from '@/lib/domain/reading/group-paragraphs';
import type { TSectionView } from '@/lib/server/queries/essay/get-essay-for-viewer';
import { splitClaim, type TSegment, type TSpan } from '@/components/annotation/highlight-segments';
import { ClaimBadges } from '@/components/claim/claim-badges';

type TProps = {
  text: string;
  sections: TSectionView[];
  selectedClaimId: string | null;
  /** Live, placed annotations: each is drawn over the claims it covers. */
  spans: readonly TSpan[];
  /** The selection being annotated right now, drawn while the composer is open. */
  pending: { start: number; end: number } | null;
  activeId: string | null;
  flashId: string | null;
  /** Annotations added (or removed) per claim since the page was rendered. */
  countDeltas: ReadonlyMap<string, number>;
};

// Density styles stop growing here (see globals.css); data-count keeps the exact number.
const MAX_DENSITY = 5;

function Segment({ segment, activeId, flashId }: { segment: TSegment; activeId: string | null; flashId: string | null }) {
  const { ids, isPending, text } = segment;
  if (ids.length === 0 && !isPending) return text;
  return (
    <mark
      data-testid={ids.length > 0 ? 'highlight' : 'pending-highlight'}
      data-count={ids.length}
      data-density={Math.min(ids.length, MAX_DENSITY)}
      data-annotation-ids={ids.join(' ')}
      data-pending={isPending ? 'true' : undefined}
      data-active={activeId !== null && ids.includes(activeId) ? 'true' : undefined}
      data-flash={flashId !== null && ids.includes(flashId) ? 'true' : undefined}
      className={`highlight${flashId !== null && ids.includes(flashId) ? ' highlight-flash' : ''}`}
    >
      {text}
    </mark>
  );
}

/**
 * The essay as its sections and paragraphs. Every claim is a focusable span (not a link, so a drag
 * across it selects text) holding exactly the claim's text, cut into highlight runs; the workspace
 * around it handles clicks, keys and selections by delegation.
 */
export const EssayReader = memo(function EssayReader({
  text,
  sections,
  selectedClaimId,
  spans,
  pending,
  activeId,
  flashId,
  countDeltas,
}: TProps) {
  return (
    <div className="mt-8 font-serif text-lg leading-8">
      {sections.map((section) => (
        <section
          key={section.id}
          aria-labelledby={section.title ? `section-${section.order}` : undefined}
          data-testid="essay-section"
          className="mt-8 first:mt-0"
        >
          {section.title ? (
            <h2 id={`section-${section.order}`} className="mb-3 font-sans text-xl font-semibold tracking-tight">
              {section.title}
            </h2>
          ) : null}
          {groupParagraphs(text, section.claims).map((paragraph) => (
            <p key={paragraph[0]!.id} className="mb-5">
              {paragraph.map((claim) => (
                <span key={claim.id}>
                  <span
                    id={`claim-${claim.id}`}
                    role="button"
                    tabIndex={0}
                    data-testid="claim"
                    data-claim-id={claim.id}
                    data-start={claim.start}
                    data-end={claim.end}
                    aria-current={claim.id === selectedClaimId ? 'true' : undefined}
                    className="claim cursor-text rounded-sm decoration-amber-400 decoration-2 underline-offset-4 hover:underline focus-visible:outline-2 focus-visible:outline-amber-500"
                  >
                    {splitClaim(claim, spans, pending).map((segment) => (
                      <Segment key={segment.start} segment={segment} activeId={activeId} flashId={flashId} />
                    ))}
                  </span>
                  <ClaimBadges
                    counts={{ ...claim.counts, annotations: Math.max(0, claim.counts.annotations + (countDeltas.get(claim.id) ?? 0)) }}
                  />{' '}
                </span>
              ))}
            </p>
          ))}
        </section>
      ))}
    </div>
  );
});
