import 'server-only';
// SECURITY: everything here is computed from others' AGREEMENT ratings. The blind rule (ADR 0003:
// no standing is exempt on pages, staff included) decides before anything of the stored map is
// shaped: a viewer who has rated too few of the essay's claims gets `withheld` and a count of
// their own ratings, nothing else. Member ids and positions in the stored map never leave here:
// groups are named by letter and counted.
import { opinionRatingsNeeded } from '@/lib/domain/digest/opinion-gate';
import type { TDigestClaim, TDigestGroupVotes, TDigestOpinion } from '@/lib/domain/digest/types';
import type { TClaimOpinion, TOpinionResult } from '@/lib/domain/opinion';
import { db } from '@/lib/server/db/client';
import { readOpinionMap } from '@/lib/server/opinion/read-opinion-map';

type TViewerRow = { rated: number; claims: { id: string; text: string; order: number }[] };

/**
 * The digest's opinion section in two statements, run side by side: the stored map (never
 * computed here: a stale one is scheduled and the last served), and in one statement the current
 * revision's claims with how many of them the viewer has rated on AGREEMENT (RatingReveal, so a
 * retraction does not make them blind again).
 */
export async function readOpinion(essayId: string, viewerId: string): Promise<TDigestOpinion> {
  const [stored, rows] = await Promise.all([
    readOpinionMap(db, essayId),
    db.$queryRaw<TViewerRow[]>`
      SELECT count(r."claimId")::int AS rated,
             COALESCE(json_agg(json_build_object('id', cv."claimId", 'text', cv.text, 'order', cv."order")), '[]'::json) AS claims
        FROM "Essay" e
        JOIN "ClaimVersion" cv ON cv."revisionId" = e."currentRevisionId"
        LEFT JOIN "RatingReveal" r ON r."claimId" = cv."claimId" AND r."userId" = ${viewerId} AND r.dimension = 'AGREEMENT'
       WHERE e.id = ${essayId}`,
  ]);
  const { rated, claims } = rows[0] ?? { rated: 0, claims: [] };
  const needed = opinionRatingsNeeded(claims.length);
  if (rated < needed) return { status: 'withheld', needed, rated };
  if (!stored.result || !stored.computedAt) return { status: 'pending' };
  const byId = new Map(claims.map((c) => [c.id, { id: c.id, text: c.text, number: c.order + 1 }]));
  return shapeOpinion(stored.result, byId, stored.computedAt, stored.isStale);
}

function shapeOpinion(result: TOpinionResult, claims: Map<string, TDigestClaim>, computedAt: Date, isStale: boolean): TDigestOpinion {
  const labels = result.groups.map((g) => g.label);
  const opinions = new Map(result.claims.map((c) => [c.claimId, c]));
  const votesOf = (opinion: TClaimOpinion | undefined): TDigestGroupVotes[] =>
    (opinion?.groups ?? []).map((g, index) => ({ group: labels[index] ?? '?', histogram: g.histogram }));
  // A stale map may name claims a newer revision dropped: those are left out, not shown by id.
  const cruxes = result.cruxes.flatMap((crux) => {
    const claim = claims.get(crux.claimId);
    if (!claim) return [];
    return [
      {
        claim,
        spread: crux.spread,
        agreeing: labels[crux.agreeingGroup] ?? '?',
        disagreeing: labels[crux.disagreeingGroup] ?? '?',
        votes: votesOf(opinions.get(crux.claimId)),
      },
    ];
  });
  const commonGround = result.commonGround.flatMap((ground) => {
    const claim = claims.get(ground.claimId);
    return claim ? [{ claim, consensus: ground.consensus, votes: votesOf(opinions.get(ground.claimId)) }] : [];
  });
  return {
    status: 'shown',
    computedAt: computedAt.toISOString(),
    isStale,
    raters: result.raterCount,
    grouped: result.members.filter((m) => m.group !== null).length,
    groups: result.groups.map((g) => ({ label: g.label, size: g.size })),
    cruxes,
    commonGround,
  };
}
