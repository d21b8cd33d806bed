import { Link } from '@/components/ui/link';
import { LINK } from '@/components/ui/field-styles';
import { counted } from '@/lib/domain/digest/figures';
import type { TDigestSide, TDigestSideArguments } from '@/lib/domain/digest/types';
import { ArgumentBalanceChart } from './argument-balance-chart';
import { DigestSection } from './digest-section';

const SIDE_TITLES: Record<TDigestSide, string> = { SUPPORT: 'For the essay’s claims', ATTACK: 'Against the essay’s claims' };

/** The balance of arguments for and against, and the most impactful on each side. */
export function ArgumentsSection({ slug, sides }: { slug: string; sides: TDigestSideArguments[] }) {
  return (
    <DigestSection id="arguments" title="The most impactful arguments">
      <ArgumentBalanceChart sides={sides} />
      <div className="grid gap-6 md:grid-cols-2 print:grid-cols-1">
        {sides.map((side) => (
          <div key={side.side} data-testid={`digest-side-${side.side.toLowerCase()}`}>
            <h3 className="font-semibold">
              {SIDE_TITLES[side.side]} ({counted(side.total, 'argument', 'arguments')})
            </h3>
            {side.top.length === 0 ? (
              <p className="mt-2 text-stone-700">None has impact votes yet.</p>
            ) : (
              <ol className="mt-2 list-decimal space-y-3 pl-5">
                {side.top.map((a) => (
                  <li key={a.id} className="break-inside-avoid" data-testid="digest-argument">
                    <p className="user-text">{a.text}</p>
                    <p className="text-sm text-stone-600">
                      {a.author}, on{' '}
                      <Link href={`/essays/${slug}/claims/${a.claim.id}`} className={LINK}>
                        claim {a.claim.number}
                      </Link>{' '}
                      · impact {a.impact.mean.toFixed(1)} of 4 from {counted(a.impact.votes, 'vote', 'votes')}
                    </p>
                  </li>
                ))}
              </ol>
            )}
          </div>
        ))}
      </div>
    </DigestSection>
  );
}
