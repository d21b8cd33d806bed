import type { TCritique } from '@/lib/server/queries/author/get-author-desk';
import { CritiqueCard } from '@/components/author/critique-card';
import { CritiqueLedger } from '@/components/author/critique-ledger';
import type { TClaimChoice } from '@/components/author/respond-form';

export type TDeskClaim = { id: string; text: string };

type TProps = {
  slug: string;
  critiques: TCritique[];
  openPerClaim: Record<string, number>;
  /** The current revision's claims in essay order: numbering, and the wording "Revised" starts from. */
  claims: TDeskClaim[];
  /** REBUT or UNDERCUT per attacking argument id (the desk's query does not say). */
  attackKinds: ReadonlyMap<string, string | null>;
};

function typeLabel(critique: TCritique, attackKinds: ReadonlyMap<string, string | null>): string {
  if (critique.type === 'annotation') return 'Question note';
  if (critique.type === 'claim') return 'Low-rated claim';
  return attackKinds.get(critique.id) === 'UNDERCUT' ? 'Undercut argument' : 'Rebuttal argument';
}

/** The author's desk: the critique ledger, then every critique (open first, then by impact) with a form to answer it. */
export function CritiqueDesk({ slug, critiques, openPerClaim, claims, attackKinds }: TProps) {
  const byId = new Map(claims.map((claim, index) => [claim.id, { ...claim, position: index + 1 }]));
  const choicesFor = (critique: TCritique): TClaimChoice[] =>
    critique.claimIds.flatMap((id) => {
      const claim = byId.get(id);
      return claim ? [{ id, label: `Claim ${claim.position}`, text: claim.text }] : [];
    });
  const ledger = Object.entries(openPerClaim).flatMap(([id, open]) => {
    const claim = byId.get(id);
    return claim ? [{ id, position: claim.position, text: claim.text, open }] : [];
  });
  const openCount = critiques.filter((c) => c.isOpen).length;
  return (
    <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_20rem]">
      <section aria-labelledby="critiques-title" className="order-2 lg:order-1">
        <h2 id="critiques-title" className="font-semibold">
          Critiques{' '}
          <span className="font-normal text-stone-500">
            ({openCount} open of {critiques.length})
          </span>
        </h2>
        {critiques.length === 0 ? (
          <p className="mt-2 text-sm text-stone-600">Nobody has critiqued the essay yet: no rebuttals, no questions, no claim rated low.</p>
        ) : (
          <ol className="mt-3 space-y-4">
            {critiques.map((critique) => (
              <li key={critique.key}>
                <CritiqueCard slug={slug} critique={critique} typeLabel={typeLabel(critique, attackKinds)} claims={choicesFor(critique)} />
              </li>
            ))}
          </ol>
        )}
      </section>
      <div className="order-1 lg:order-2">
        <CritiqueLedger slug={slug} entries={ledger} claimCount={claims.length} />
      </div>
    </div>
  );
}
