import { ReadingStatus } from '@/components/essay/reading-status';
import { isDiscussionOpen } from '@/lib/domain/reading/discussion-rules';
import type { Metadata } from 'next';
import { Link } from '@/components/ui/link';
import { cache } from 'react';
import { ArgumentColumns } from '@/components/argument/argument-columns';
import { threadsForClaim } from '@/components/argument/argument-thread';
import { percent } from '@/components/argument/labels';
import { WhyThisScore, withTexts } from '@/components/argument/why-this-score';
import { RatingWidget } from '@/components/rating/rating-widget';
import { can } from '@/lib/domain/access/permissions';
import { getViewer } from '@/lib/server/auth/viewer';
import { loadClaimDebateForViewer } from '@/lib/server/http/page-loaders';
import { explainNode, type TDebateView } from '@/lib/server/queries/argument/get-debate-for-viewer';
import { getClaimRatingsForViewer } from '@/lib/server/queries/rating/get-claim-ratings-for-viewer';

export const dynamic = 'force-dynamic';

type TProps = { params: Promise<{ slug: string; claimId: string }> };

// Metadata and the page ask for the same claim's debate: `cache` makes that one load per request.
const loadClaim = cache(async (slug: string, claimId: string) => {
  const viewer = await getViewer();
  // Private essays are indistinguishable from missing ones for outsiders: both are a 404 page. So
  // is a claim of another essay, or one a revision dropped with nobody arguing about it; a dropped
  // claim that arguments answer stays readable (formerClaims).
  const debate = await loadClaimDebateForViewer(slug, claimId);
  return { viewer, debate, claim: debate.claims[0] ?? null, former: debate.formerClaims[0] ?? null };
});

export async function generateMetadata({ params }: TProps): Promise<Metadata> {
  const { slug, claimId } = await params;
  const { debate } = await loadClaim(slug, claimId);
  return { title: `Claim · ${debate.essay.title}` };
}

export default async function ClaimPage({ params }: TProps) {
  const { slug, claimId } = await params;
  const { viewer, debate, claim, former } = await loadClaim(slug, claimId);
  if (claim === null) return <FormerClaim debate={debate} claim={former!} />;
  const ratings = await getClaimRatingsForViewer(viewer?.id ?? null, claim.id);
  const resource = { isPrivate: debate.access.cohortId !== null, isDraft: debate.access.isDraft };
  // A closed discussion shows no forms; the server refuses its writes anyway.
  const isOpen = isDiscussionOpen(debate.access.reading, new Date());
  const canArgue = can(debate.access.standing, 'argument.create', resource) && isOpen;
  const canRate = can(debate.access.standing, 'rating.create', resource) && isOpen;
  const { pros, cons } = threadsForClaim(debate.arguments, claim.id);
  const texts = new Map<string, string>([
    ...debate.claims.map((c) => [c.id, c.text] as const),
    ...debate.arguments.map((a) => [a.id, a.text] as const),
  ]);
  // Null while the viewer has not rated this claim's agreement: blind ratings.
  const node = explainNode(debate, claim.id);
  const explanation = node === null ? null : withTexts(node, (id) => texts.get(id) ?? '');
  const argumentCount = pros.length + cons.length;
  const position = debate.position;

  return (
    <div className="space-y-8">
      <nav aria-label="Breadcrumb" className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
        <Link href={`/essays/${debate.essay.slug}?claim=${claim.id}#claim-${claim.id}`} className="underline underline-offset-4">
          ← Back to “{debate.essay.title}”
        </Link>
        <Link href={`/essays/${debate.essay.slug}/map`} className="underline underline-offset-4">
          Argument map
        </Link>
      </nav>
      <header>
        <p className="text-xs font-medium uppercase tracking-wider text-stone-500">
          {claim.section ?? 'Opening'} · Claim {position} of {debate.claimCount}
        </p>
        <blockquote className="mt-2 border-l-4 border-amber-400 pl-4 font-serif text-2xl leading-snug" data-testid="claim-text">
          {claim.text}
        </blockquote>
        <ReadingStatus reading={debate.access.reading} seesOthers={debate.access.seesOthers} now={new Date()} />
        <div className="mt-4">
          {claim.strength === null || claim.ratingCount === null || explanation === null ? (
            <p className="text-sm text-stone-700">
              Strength{' '}
              <strong className="tabular-nums" data-testid="claim-strength">
                withheld: rate this claim’s agreement to see it
              </strong>{' '}
              <span className="text-stone-500">
                (ratings stay blind until you rate; {argumentCount} direct {argumentCount === 1 ? 'argument' : 'arguments'})
              </span>
            </p>
          ) : (
            <>
              <p className="text-sm text-stone-700">
                Strength{' '}
                <strong className="text-2xl tabular-nums" data-testid="claim-strength">
                  {percent(claim.strength)}
                </strong>{' '}
                <span className="text-stone-500">
                  ({claim.ratingCount} {claim.ratingCount === 1 ? 'agreement rating' : 'agreement ratings'}, {argumentCount} direct{' '}
                  {argumentCount === 1 ? 'argument' : 'arguments'})
                </span>
              </p>
              <WhyThisScore explanation={explanation} />
            </>
          )}
        </div>
      </header>
      {viewer === null ? (
        <p className="rounded border border-stone-200 bg-white p-3 text-sm">
          <Link href="/signin" className="underline underline-offset-4">
            Sign in
          </Link>{' '}
          to rate this claim and argue about it.
        </p>
      ) : null}
      <RatingWidget claimId={claim.id} initialRatings={ratings} canRate={canRate} />
      <ArgumentColumns slug={debate.essay.slug} claimId={claim.id} pros={pros} cons={cons} canParticipate={canArgue} />
    </div>
  );
}

/**
 * A claim a revision removed or reworded, with the arguments that still answer it: they stay
 * readable (and can be cited) but count towards no strength, and nobody can add to them.
 */
function FormerClaim({ debate, claim }: { debate: TDebateView; claim: TDebateView['formerClaims'][number] }) {
  const { pros, cons } = threadsForClaim(debate.arguments, claim.id);
  return (
    <div className="space-y-8">
      <nav aria-label="Breadcrumb" className="text-sm">
        <Link href={`/essays/${debate.essay.slug}`} className="underline underline-offset-4">
          ← Back to “{debate.essay.title}”
        </Link>
      </nav>
      <header>
        <p className="text-xs font-medium uppercase tracking-wider text-stone-500">No longer in the essay</p>
        <blockquote
          className="mt-2 border-l-4 border-stone-300 pl-4 font-serif text-2xl leading-snug text-stone-600"
          data-testid="claim-text"
        >
          {claim.text}
        </blockquote>
        <p className="mt-4 text-sm text-stone-700" data-testid="former-claim-note">
          This was the claim’s wording up to revision {claim.lastRevision}; a later revision reworded or removed it. The arguments about it
          stay here for the record, and count towards no strength.
        </p>
      </header>
      <ArgumentColumns slug={debate.essay.slug} claimId={claim.id} pros={pros} cons={cons} canParticipate={false} />
    </div>
  );
}
