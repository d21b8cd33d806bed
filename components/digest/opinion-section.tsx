import { Link } from '@/components/ui/link';
import { LINK } from '@/components/ui/field-styles';
import { counted } from '@/lib/domain/digest/figures';
import type { TDigestClaim, TDigestGroupVotes, TDigestOpinion } from '@/lib/domain/digest/types';
import { DigestDate, DigestSection } from './digest-section';
import { GroupVotesChart } from './group-votes-chart';
import { RatingLegend } from './rating-fills';

const TITLE = 'Opinion groups, cruxes and common ground';

function ClaimVotes({
  slug,
  claim,
  votes,
  testId,
  children,
}: {
  slug: string;
  claim: TDigestClaim;
  votes: TDigestGroupVotes[];
  testId: string;
  children: string;
}) {
  return (
    <li className="space-y-2 break-inside-avoid" data-testid={testId}>
      <p>
        <Link href={`/essays/${slug}/claims/${claim.id}`} className={`${LINK} font-serif`}>
          Claim {claim.number}: “{claim.text}”
        </Link>
      </p>
      <p className="text-sm text-stone-700">{children}</p>
      <GroupVotesChart id={claim.id} votes={votes} />
    </li>
  );
}

/**
 * The opinion groups and the claims that split or unite them. Withheld, as every figure made of
 * others' ratings is, until the viewer has rated enough of the claims themselves (ADR 0003).
 */
export function OpinionSection({ slug, opinion }: { slug: string; opinion: TDigestOpinion }) {
  if (opinion.status === 'withheld')
    return (
      <DigestSection id="opinion" title={TITLE}>
        <p className="text-stone-700" data-testid="opinion-withheld">
          Withheld: these are computed from others’ ratings. Rate at least {opinion.needed} of the essay’s claims to see them (you have
          rated {opinion.rated}).
        </p>
      </DigestSection>
    );
  if (opinion.status === 'pending')
    return (
      <DigestSection id="opinion" title={TITLE}>
        <p className="text-stone-700">Not computed yet: there are no ratings to group, or the first grouping is on its way.</p>
      </DigestSection>
    );
  return (
    <DigestSection id="opinion" title={TITLE}>
      <p className="text-stone-700" data-testid="opinion-groups">
        As of <DigestDate iso={opinion.computedAt} />
        {opinion.isStale ? ' (ratings have changed since; a new grouping is on its way)' : ''}.{' '}
        {opinion.groups.length === 0
          ? `${counted(opinion.raters, 'member', 'members')} rated; no opinion groups of 3 or more formed.`
          : `${opinion.grouped} of ${counted(opinion.raters, 'member', 'members')} who rated fall into groups ${opinion.groups
              .map((g) => `${g.label} (${counted(g.size, 'member', 'members')})`)
              .join(', ')}.`}
      </p>
      {opinion.groups.length === 0 ? null : (
        <>
          <RatingLegend prefix="opinion-key" />
          <h3 className="font-semibold">Cruxes</h3>
          {opinion.cruxes.length === 0 ? (
            <p className="text-stone-700">No claim splits the groups.</p>
          ) : (
            <ol className="space-y-5">
              {opinion.cruxes.map((crux) => (
                <ClaimVotes key={crux.claim.id} slug={slug} claim={crux.claim} votes={crux.votes} testId="digest-crux">
                  {`Group ${crux.agreeing} leans to agree, group ${crux.disagreeing} to disagree (spread ${crux.spread.toFixed(2)} of 2).`}
                </ClaimVotes>
              ))}
            </ol>
          )}
          <h3 className="font-semibold">Common ground</h3>
          {opinion.commonGround.length === 0 ? (
            <p className="text-stone-700">No claim has every group agreeing.</p>
          ) : (
            <ol className="space-y-5">
              {opinion.commonGround.map((ground) => (
                <ClaimVotes key={ground.claim.id} slug={slug} claim={ground.claim} votes={ground.votes} testId="digest-common-ground">
                  {`Every group leans to agree (consensus ${Math.round(ground.consensus * 100)} %).`}
                </ClaimVotes>
              ))}
            </ol>
          )}
        </>
      )}
    </DigestSection>
  );
}
