import 'server-only';
// SECURITY: hidden, deleted and merged arguments are never selected, and under "post before you
// see" a viewer who has not posted gets their own arguments only (ADR 0010). The ids of people who
// voted leave this module only as counts per opinion group.
import type { TDb, TTx } from '@/lib/server/db/client';

/** How many arguments per side each crux lists. */
export const CRUX_ARGUMENTS_PER_SIDE = 2;
/** An impact vote of "High" (3) or "Decisive" (4) endorses an argument; lower votes judge it weak. */
export const ENDORSING_IMPACT = 3;

export type TCruxArgumentRow = {
  id: string;
  claimId: string;
  stance: 'SUPPORT' | 'ATTACK';
  text: string;
  /** Mean impact vote (0–4), null when nobody voted. */
  mean: number | null;
  votes: number;
  /** Who endorsed it (ENDORSING_IMPACT or more): turned into counts per group by the caller. */
  endorserIds: string[];
};

/**
 * The strongest direct arguments for and against each of `claimIds`, in ONE statement: each
 * claim's live arguments with their impact votes grouped per argument, ranked per claim and side
 * by the argument base score of ADR 0002 (mean impact shrunk towards the middle by two
 * pseudo-votes, so one enthusiastic vote does not top the list; an argument nobody voted on sits
 * at the middle). Uses Argument(targetClaimId, stance) and ImpactVote(argumentId, impact).
 */
export async function readCruxArguments(
  client: TDb | TTx,
  claimIds: readonly string[],
  viewer: { viewerId: string; seesOthers: boolean },
): Promise<TCruxArgumentRow[]> {
  if (claimIds.length === 0) return [];
  return client.$queryRaw<TCruxArgumentRow[]>`
    WITH args AS (
      SELECT g.id, g."targetClaimId" AS "claimId", g.stance::text AS stance, g.text, g."createdAt"
        FROM "Argument" g
       WHERE g."targetClaimId" = ANY(${[...claimIds]}::text[])
         AND g."deletedAt" IS NULL AND g."hiddenAt" IS NULL AND g."duplicateOfId" IS NULL
         AND (${viewer.seesOthers} OR g."authorId" = ${viewer.viewerId})
    ),
    votes AS (
      SELECT v."argumentId", avg(v.impact)::float8 AS mean, count(*)::int AS votes,
             (sum(v.impact) / 4.0 + 1) / (count(*) + 2) AS score,
             COALESCE(array_agg(v."userId") FILTER (WHERE v.impact >= ${ENDORSING_IMPACT}), '{}') AS "endorserIds"
        FROM "ImpactVote" v JOIN args a ON a.id = v."argumentId"
       GROUP BY v."argumentId"
    ),
    ranked AS (
      SELECT a.id, a."claimId", a.stance, a.text, v.mean, COALESCE(v.votes, 0) AS votes,
             COALESCE(v."endorserIds", '{}') AS "endorserIds",
             row_number() OVER (PARTITION BY a."claimId", a.stance
                                ORDER BY COALESCE(v.score, 0.5) DESC, COALESCE(v.votes, 0) DESC, a."createdAt", a.id) AS rank
        FROM args a LEFT JOIN votes v ON v."argumentId" = a.id
    )
    SELECT id, "claimId", stance, text, mean, votes::int AS votes, "endorserIds"
      FROM ranked
     WHERE rank <= ${CRUX_ARGUMENTS_PER_SIDE}
     ORDER BY "claimId", stance DESC, rank`;
}
