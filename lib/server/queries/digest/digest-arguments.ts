import 'server-only';
// SECURITY: hidden, deleted and duplicate arguments are not walked — neither listed nor counted —
// and neither is anything answering them, so a hidden argument's words cannot surface here.
// Impact votes are not blind (ADR 0003 covers ratings), so their means may be shown.
import type { TDigestSide } from '@/lib/domain/digest/types';
import { db } from '@/lib/server/db/client';

/** How many arguments per side the digest lists. */
export const TOP_ARGUMENTS_PER_SIDE = 3;

type TTopRow = {
  id: string;
  text: string;
  authorId: string;
  claimId: string;
  claimText: string;
  claimOrder: number;
  mean: number;
  votes: number;
};
type TRow = { side: TDigestSide; total: number; top: TTopRow[] };

/**
 * The live arguments of the essay by side, and the most impactful of each, in ONE statement: a
 * recursive walk down from the current revision's claims (Argument(targetClaimId, stance),
 * Argument(targetArgumentId, stance)) gives every argument its side towards the claim at the root
 * of its thread — a support of a claim is for it, an attack on that support against it, and so
 * on down — and impact votes are grouped per argument (ImpactVote(argumentId, impact)).
 *
 * Ranked by the argument's base score (`argumentBaseScore`, ADR 0002: the mean impact shrunk
 * towards the middle by two pseudo-votes), so one enthusiastic vote does not top the list; only
 * arguments someone voted on are ranked.
 */
export async function readArgumentsBySide(essayId: string): Promise<{ rows: TRow[]; authorIds: string[] }> {
  const rows = await db.$queryRaw<TRow[]>`
    WITH RECURSIVE tree AS (
      SELECT g.id, g.stance::text AS side, g."targetClaimId" AS "claimId", cv.text AS "claimText", cv."order" AS "claimOrder", 1 AS depth
        FROM "Essay" e
        JOIN "ClaimVersion" cv ON cv."revisionId" = e."currentRevisionId"
        JOIN "Argument" g ON g."targetClaimId" = cv."claimId"
       WHERE e.id = ${essayId} AND g."deletedAt" IS NULL AND g."hiddenAt" IS NULL AND g."duplicateOfId" IS NULL
      UNION ALL
      SELECT c.id,
             CASE WHEN c.stance = 'SUPPORT' THEN t.side WHEN t.side = 'SUPPORT' THEN 'ATTACK' ELSE 'SUPPORT' END,
             t."claimId", t."claimText", t."claimOrder", t.depth + 1
        FROM tree t
        JOIN "Argument" c ON c."targetArgumentId" = t.id
       WHERE c."deletedAt" IS NULL AND c."hiddenAt" IS NULL AND c."duplicateOfId" IS NULL AND t.depth < 200
    ),
    votes AS (
      SELECT v."argumentId", avg(v.impact)::float8 AS mean, count(*)::int AS votes,
             (sum(v.impact) / 4.0 + 1) / (count(*) + 2) AS score
        FROM "ImpactVote" v JOIN tree t ON t.id = v."argumentId"
       GROUP BY v."argumentId"
    ),
    ranked AS (
      SELECT t.*, v.mean, v.votes,
             row_number() OVER (PARTITION BY t.side ORDER BY v.score DESC, v.votes DESC, g."createdAt", g.id) AS rank,
             g.text, g."authorId"
        FROM tree t
        JOIN votes v ON v."argumentId" = t.id
        JOIN "Argument" g ON g.id = t.id
    ),
    sides AS (
      SELECT s.side, (SELECT count(*) FROM tree t WHERE t.side = s.side)::int AS total
        FROM (VALUES ('SUPPORT'), ('ATTACK')) AS s(side)
    )
    SELECT s.side, s.total,
           COALESCE((
             SELECT json_agg(json_build_object(
                      'id', r.id, 'text', r.text, 'authorId', r."authorId", 'claimId', r."claimId",
                      'claimText', r."claimText", 'claimOrder', r."claimOrder", 'mean', r.mean, 'votes', r.votes
                    ) ORDER BY r.rank)
               FROM ranked r
              WHERE r.side = s.side AND r.rank <= ${TOP_ARGUMENTS_PER_SIDE}
           ), '[]'::json) AS top
      FROM sides s
     ORDER BY s.side DESC`;
  return { rows, authorIds: rows.flatMap((r) => r.top.map((a) => a.authorId)) };
}
