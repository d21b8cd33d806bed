import { Link } from '@/components/ui/link';
import type { TEssayView } from '@/lib/server/queries/essay/get-essay-for-viewer';
import { describeCounts } from '@/components/claim/claim-badges';

/** The selected claim with its place in the essay: section, position, neighbours and counts. */
export function ClaimPanel({ essay, claimId }: { essay: TEssayView; claimId: string | null }) {
  const all = essay.sections.flatMap((section) => section.claims.map((claim) => ({ claim, section })));
  const index = all.findIndex((entry) => entry.claim.id === claimId);
  const entry = all[index];
  return (
    <aside aria-labelledby="claim-panel-title">
      <div className="rounded border border-stone-200 bg-white p-5 text-sm" data-testid="claim-panel">
        <h2 id="claim-panel-title" className="font-semibold">
          {entry ? 'Claim' : 'Claims'}
        </h2>
        {!entry ? (
          <p className="mt-2 text-stone-600">
            This essay has {all.length} claims in {essay.sections.length} sections. Select a sentence to see it here with its place in the
            argument.
          </p>
        ) : (
          <>
            <blockquote className="mt-3 border-l-4 border-amber-400 pl-3 font-serif text-base leading-7" data-testid="claim-panel-text">
              {entry.claim.text}
            </blockquote>
            <dl className="mt-4 grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-stone-700">
              <dt className="text-stone-500">Section</dt>
              <dd>{entry.section.title ?? 'Opening'}</dd>
              <dt className="text-stone-500">Position</dt>
              <dd>
                Claim {index + 1} of {all.length}
              </dd>
              <dt className="text-stone-500">Activity</dt>
              <dd>{describeCounts(entry.claim.counts)}</dd>
            </dl>
            <nav aria-label="Neighbouring claims" className="mt-4 flex justify-between gap-2">
              {index > 0 ? (
                <Link
                  className="underline underline-offset-4"
                  href={`/essays/${essay.slug}?claim=${all[index - 1]!.claim.id}#claim-${all[index - 1]!.claim.id}`}
                >
                  ← Previous claim
                </Link>
              ) : (
                <span />
              )}
              {index < all.length - 1 ? (
                <Link
                  className="underline underline-offset-4"
                  href={`/essays/${essay.slug}?claim=${all[index + 1]!.claim.id}#claim-${all[index + 1]!.claim.id}`}
                >
                  Next claim →
                </Link>
              ) : null}
            </nav>
            <Link
              href={`/essays/${essay.slug}/claims/${entry.claim.id}`}
              className="mt-3 block font-medium underline underline-offset-4"
              data-testid="claim-page-link"
            >
              Rate and argue this claim →
            </Link>
            <Link href={`/essays/${essay.slug}`} scroll={false} className="mt-3 inline-block text-stone-500 underline underline-offset-4">
              Close
            </Link>
          </>
        )}
      </div>
    </aside>
  );
}
