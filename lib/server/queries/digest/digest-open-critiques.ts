import 'server-only';
// SECURITY: only critiques every reader of the discussion may see are selected — hidden, deleted,
// private and duplicate ones are not, so their words never reach the digest.
import { db } from '@/lib/server/db/client';

/** How many open critiques the digest lists (the oldest first); the total is counted apart. */
export const OPEN_CRITIQUES_LISTED = 10;

type TRow = {
  type: 'annotation' | 'argument';
  id: string;
  text: string;
  authorId: string;
  context: string | null;
  createdAt: Date;
  total: number;
};

/**
 * Critiques still waiting for the author, as the cohort home and the author's desk count them:
 * attacking arguments and questioning notes with no author response yet, or whose latest response
 * the critic reopened. ONE statement (AuthorResponse(argumentId), AuthorResponse(annotationId),
 * Argument(essayId, …), Annotation(essayId, …)): the oldest few with their words, and how many.
 */
export async function readOpenCritiques(essayId: string) {
  const rows = await db.$queryRaw<TRow[]>`
    WITH critiques AS (
      SELECT 'argument' AS type, g.id, g.text, g."authorId", cv.text AS context, g."createdAt"
        FROM "Argument" g
        JOIN "Essay" e ON e.id = g."essayId"
        LEFT JOIN "ClaimVersion" cv ON cv."revisionId" = e."currentRevisionId" AND cv."claimId" = g."targetClaimId"
       WHERE g."essayId" = ${essayId} AND g.stance = 'ATTACK'
         AND g."deletedAt" IS NULL AND g."hiddenAt" IS NULL AND g."duplicateOfId" IS NULL
      UNION ALL
      SELECT 'annotation' AS type, a.id, a.body AS text, a."authorId",
             (SELECT s->>'exact' FROM jsonb_array_elements(a.selectors) s WHERE s->>'type' = 'TextQuoteSelector' LIMIT 1) AS context,
             a."createdAt"
        FROM "Annotation" a
       WHERE a."essayId" = ${essayId} AND a.motivation = 'QUESTIONING' AND a."parentId" IS NULL
         AND a.visibility = 'COHORT' AND a."deletedAt" IS NULL AND a."hiddenAt" IS NULL
    ),
    latest AS (
      SELECT DISTINCT ON (r."argumentId", r."annotationId") r."argumentId", r."annotationId", r."critiqueState"
        FROM "AuthorResponse" r
       WHERE r."essayId" = ${essayId} AND (r."argumentId" IS NOT NULL OR r."annotationId" IS NOT NULL)
       ORDER BY r."argumentId", r."annotationId", r."createdAt" DESC, r.id DESC
    ),
    open AS (
      SELECT c.*
        FROM critiques c
        LEFT JOIN latest ra ON c.type = 'argument' AND ra."argumentId" = c.id
        LEFT JOIN latest rn ON c.type = 'annotation' AND rn."annotationId" = c.id
       WHERE COALESCE(ra."critiqueState", rn."critiqueState", 'REOPENED') = 'REOPENED'
    )
    SELECT o.*, count(*) OVER ()::int AS total FROM open o ORDER BY o."createdAt", o.id LIMIT ${OPEN_CRITIQUES_LISTED}`;
  return { rows, total: rows[0]?.total ?? 0, authorIds: rows.map((r) => r.authorId) };
}
