import 'server-only';
// SECURITY: everything here is computed from others' AGREEMENT ratings, and the digest follows the
// opinion map's rules (ADR 0014, ADR 0003: no standing is exempt on pages, staff and the author
// included): below the essay's N the stored map is not even read, and above it shapeOpinionMap
// keeps groups of three or more and lists a claim's group counts only if the viewer rated it.
// Member ids and positions never leave here: groups are letters and sizes.
import type { TDigestClaim, TDigestGroupVotes, TDigestOpinion } from '@/lib/domain/digest/types';
import { effectiveMinRatings, shapeOpinionMap, type TGroupVotesView } from '@/lib/domain/opinion';
import { db } from '@/lib/server/db/client';
import { readOpinionMap } from '@/lib/server/opinion/read-opinion-map';

type TClaimRow = { id: string; text: string; order: number; isRevealed: boolean };

/**
 * The digest's opinion section: one statement for the current revision's claims with the viewer's
 * own AGREEMENT reveals (RatingReveal, so a retraction does not make them blind again), and only
 * once they have rated the essay's N (`opinionMapMinRatings`, capped at its claims) the stored map
 * (never computed here: a stale one is scheduled and the last served).
 */
export async function readOpinion(essay: { essayId: string; opinionMapMinRatings: number }, viewerId: string): Promise<TDigestOpinion> {
  const claims = await db.$queryRaw<TClaimRow[]>`
    SELECT cv."claimId" AS id, cv.text, cv."order",
           EXISTS (SELECT 1 FROM "RatingReveal" rr
                    WHERE rr."userId" = ${viewerId} AND rr."claimId" = cv."claimId" AND rr.dimension = 'AGREEMENT') AS "isRevealed"
      FROM "Essay" e
      JOIN "ClaimVersion" cv ON cv."revisionId" = e."currentRevisionId"
     WHERE e.id = ${essay.essayId}`;
  const revealedClaimIds = new Set(claims.filter((c) => c.isRevealed).map((c) => c.id));
  const needed = effectiveMinRatings(essay.opinionMapMinRatings, claims.length);
  if (revealedClaimIds.size < needed) return { status: 'withheld', needed, rated: revealedClaimIds.size };

  const stored = await readOpinionMap(db, essay.essayId);
  if (!stored.result || !stored.computedAt) return { status: 'pending' };
  const shape = shapeOpinionMap(stored.result, { viewerId, revealedClaimIds });
  const byId = new Map<string, TDigestClaim>(claims.map((c) => [c.id, { id: c.id, text: c.text, number: c.order + 1 }]));
  const votes = (groups: TGroupVotesView[]): TDigestGroupVotes[] => groups.map((g) => ({ group: g.label, histogram: g.histogram }));
  return {
    status: 'shown',
    computedAt: stored.computedAt.toISOString(),
    isStale: stored.isStale,
    raters: stored.result.raterCount,
    grouped: shape.members.length,
    groups: shape.groups.map((g) => ({ label: g.label, size: g.size })),
    // A stale map may name claims a newer revision dropped: those are left out, not shown by id.
    cruxes: shape.cruxes.flatMap((crux) => {
      const claim = byId.get(crux.claimId);
      return claim
        ? [{ claim, spread: crux.spread, agreeing: crux.agreeing, disagreeing: crux.disagreeing, votes: votes(crux.groups) }]
        : [];
    }),
    commonGround: shape.commonGround.flatMap((ground) => {
      const claim = byId.get(ground.claimId);
      return claim ? [{ claim, consensus: ground.consensus, votes: votes(ground.groups) }] : [];
    }),
  };
}
