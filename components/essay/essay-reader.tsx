import { memo } from 'react';
import { groupParagraphs } from '@/lib/domain/reading/group-paragraphs';
import type { TSectionView } from '@/lib/server/queries/essay/get-essay-for-viewer';
import type { THighlightRange } from '@/lib/schemas/thread';
import { splitClaim, type TSegment } from '@/components/annotation/highlight-segments';
import { ClaimBadges } from '@/components/claim/claim-badges';

type TProps = {
  text: string;
  sections: TSectionView[];
  selectedClaimId: string | null;
  /** Where notes lie, merged, with how many lie there (disjoint, sorted). */
  ranges: readonly THighlightRange[];
  /** The selection being annotated right now, drawn while the composer is open. */
  pending: { start: number; end: number } | null;
  /** The place of the thread selected in the sidebar, and of the one to flash. */
  activeRange: TRange | null;
  flashRange: TRange | null;
  /** Annotations added (or removed) per claim since the page was rendered. */
  countDeltas: ReadonlyMap<string, number>;
};

type TRange = { start: number; end: number };
const isInside = (segment: TSegment, range: TRange | null) => range !== null && segment.start >= range.start && segment.end <= range.end;

function Segment({ segment, activeRange, flashRange }: { segment: TSegment; activeRange: TRange | null; flashRange: TRange | null }) {
  const { density, isPending, text } = segment;
  if (density === 0 && !isPending) return text;
  const isFlashing = density > 0 && isInside(segment, flashRange);
  // Offsets, not note ids: a click asks the server which notes lie here (the page carries none).
  return (
    <mark
      data-testid={density > 0 ? 'highlight' : 'pending-highlight'}
      data-density={density}
      data-start={segment.start}
      data-end={segment.end}
      data-pending={isPending ? 'true' : undefined}
      data-active={density > 0 && isInside(segment, activeRange) ? 'true' : undefined}
      data-flash={isFlashing ? 'true' : undefined}
      className={`highlight${isFlashing ? ' highlight-flash' : ''}`}
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
  ranges,
  pending,
  activeRange,
  flashRange,
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
                    {splitClaim(claim, ranges, pending).map((segment) => (
                      <Segment key={segment.start} segment={segment} activeRange={activeRange} flashRange={flashRange} />
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
