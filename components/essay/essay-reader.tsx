import { memo, type ReactNode } from 'react';
import type { TEssayLayout, TFootnoteRef } from '@/lib/domain/essay/types';
import { footnoteRefsByClaim, groupBlocks } from '@/lib/domain/reading/group-blocks';
import type { TReaderSection } from '@/lib/server/queries/essay/get-essay-for-viewer';
import type { THighlightRange } from '@/lib/schemas/thread';
import { splitClaim, type TSegment } from '@/components/annotation/highlight-segments';
import { ClaimBadges } from '@/components/claim/claim-badges';
import { EssayFootnotes, Formatted } from '@/components/essay/essay-formatting';

type TProps = {
  text: string;
  sections: TReaderSection[];
  /** Lists, quotations, links and footnotes of a Markdown source (null: paragraphs only). */
  layout: TEssayLayout | null;
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
  const { density, isPending } = segment;
  const text = <Formatted text={segment.text} marks={segment.marks ?? []} offset={segment.start} />;
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
  layout,
  selectedClaimId,
  ranges,
  pending,
  activeRange,
  flashRange,
  countDeltas,
}: TProps) {
  const marks = layout?.marks ?? [];
  const refsOf = footnoteRefsByClaim(
    sections.flatMap((section) => section.claims),
    layout?.footnoteRefs ?? [],
  );
  const renderClaims = (claims: TReaderSection['claims']): ReactNode =>
    claims.map((claim) => (
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
          className="claim"
        >
          {splitClaim({ start: claim.start, end: claim.end, text: text.slice(claim.start, claim.end) }, ranges, pending, marks).map(
            (segment) => (
              <Segment key={segment.start} segment={segment} activeRange={activeRange} flashRange={flashRange} />
            ),
          )}
        </span>
        <FootnoteRefs refs={refsOf.get(claim.id) ?? []} />
        <ClaimBadges
          counts={{ ...claim.counts, annotations: Math.max(0, claim.counts.annotations + (countDeltas.get(claim.id) ?? 0)) }}
        />{' '}
      </span>
    ));
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
          {groupBlocks(text, section.claims, layout).map((group) => {
            const key = (group.kind === 'list' ? group.items[0]!.claims : group.kind === 'quote' ? group.paragraphs[0]! : group.claims)[0]!
              .id;
            if (group.kind === 'list') {
              const ListTag = group.ordered ? 'ol' : 'ul';
              return (
                <ListTag key={key} data-testid="essay-list" className={`mb-5 pl-6 ${group.ordered ? 'list-decimal' : 'list-disc'}`}>
                  {group.items.map((item) => (
                    <li
                      key={item.claims[0]!.id}
                      value={group.ordered ? item.number : undefined}
                      className={`mb-2 ${INDENT[Math.min(item.depth, 2)]}`}
                    >
                      {renderClaims(item.claims)}
                    </li>
                  ))}
                </ListTag>
              );
            }
            if (group.kind === 'quote') {
              return (
                <blockquote key={key} data-testid="essay-quote" className="mb-5 border-l-4 border-stone-300 pl-4 text-stone-700 italic">
                  {group.paragraphs.map((paragraph) => (
                    <p key={paragraph[0]!.id} className="mb-2 last:mb-0">
                      {renderClaims(paragraph)}
                    </p>
                  ))}
                </blockquote>
              );
            }
            return (
              <p key={key} className="mb-5">
                {renderClaims(group.claims)}
              </p>
            );
          })}
        </section>
      ))}
      {layout && layout.footnotes.length > 0 ? <EssayFootnotes footnotes={layout.footnotes} /> : null}
    </div>
  );
});

/** Nesting of list items, as Tailwind margins (a style attribute would need the CSP to allow it). */
const INDENT = ['', 'ml-6', 'ml-12'] as const;

/** The markers after a claim that lead to its footnotes (outside the claim, which holds only its words). */
function FootnoteRefs({ refs }: { refs: readonly TFootnoteRef[] }) {
  return refs.map((ref, index) => (
    <sup key={`${ref.number}-${index}`} className="font-sans text-xs">
      <a
        id={`fnref-${ref.number}`}
        href={`#fn-${ref.number}`}
        data-testid="footnote-ref"
        aria-label={`Footnote ${ref.number}`}
        className="px-0.5 text-amber-800 underline"
      >
        {ref.number}
      </a>
    </sup>
  ));
}
