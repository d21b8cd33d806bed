import { groupParagraphs } from '@/lib/domain/reading/group-paragraphs';
import type { TEssayView } from '@/lib/server/queries/essay/get-essay-for-viewer';
import { ClaimBadges } from '@/components/claim/claim-badges';
import { EssayTrailer } from '@/components/essay/essay-trailer';

/** The essay as its sections and paragraphs, every claim an addressable, focusable element. */
export function EssayReader({ essay, selectedClaimId }: { essay: TEssayView; selectedClaimId: string | null }) {
  return (
    <div className="mt-8 font-serif text-lg leading-8">
      {essay.sections.map((section) => (
        <section key={section.id} aria-labelledby={section.title ? `section-${section.order}` : undefined} data-testid="essay-section" className="mt-8 first:mt-0">
          {section.title ? (
            <h2 id={`section-${section.order}`} className="mb-3 font-sans text-xl font-semibold tracking-tight">
              {section.title}
            </h2>
          ) : null}
          {groupParagraphs(essay.revision.text, section.claims).map((paragraph) => (
            <p key={paragraph[0]!.id} className="mb-5">
              {paragraph.map((claim) => (
                <span key={claim.id}>
                  <a
                    id={`claim-${claim.id}`}
                    href={`?claim=${claim.id}#claim-${claim.id}`}
                    className="claim rounded-sm decoration-amber-400 decoration-2 underline-offset-4 hover:underline focus-visible:outline-2 focus-visible:outline-amber-500"
                    aria-current={claim.id === selectedClaimId ? 'true' : undefined}
                    data-testid="claim"
                  >
                    {claim.text}
                  </a>
                  <ClaimBadges counts={claim.counts} />{' '}
                </span>
              ))}
            </p>
          ))}
        </section>
      ))}
      <EssayTrailer metadata={essay.metadata} />
    </div>
  );
}
