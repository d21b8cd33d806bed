import 'server-only';
import type { TValueCount } from '@/lib/domain/rating';
import { ZRatingDimension, type TRatingAxisView } from '@/lib/schemas/rating';
import { getClaimAccess } from '@/lib/server/access/claim-access';
import { assertDiscussionOpen } from '@/lib/server/access/essay-access';
import { db } from '@/lib/server/db/client';
import { toRatingAxisView } from '@/lib/server/queries/rating/rating-axis-view';
import { parseInput } from '@/lib/server/validation';

/**
 * Takes back the viewer's rating on one axis (retracting what does not exist is not an error) and
 * answers with that axis as they now see it. One statement after the access check: the delete,
 * whether they have seen this axis's distribution (RatingReveal survives the retraction, ADR 0003),
 * and only if so the others' ratings — never read for someone who has not rated.
 */
export async function retractRating(viewerId: string, claimId: string, dimension: unknown): Promise<TRatingAxisView> {
  const axis = parseInput(ZRatingDimension, dimension);
  const access = await getClaimAccess(db, viewerId, claimId);
  // A closed discussion keeps its ratings as they stood (taking one back changes the figures).
  assertDiscussionOpen(access.essay);
  const rows = await db.$queryRaw<(Partial<TValueCount> & { revealed: boolean })[]>`
    WITH retracted AS (
      DELETE FROM "Rating" WHERE "userId" = ${viewerId} AND "claimId" = ${claimId} AND dimension = ${axis}::"RatingDimension"
      RETURNING 1
    ), seen AS (
      SELECT EXISTS (
        SELECT 1 FROM "RatingReveal" WHERE "userId" = ${viewerId} AND "claimId" = ${claimId} AND dimension = ${axis}::"RatingDimension"
      ) AS revealed
    )
    SELECT seen.revealed, counts.value, counts.count FROM seen
    LEFT JOIN LATERAL (
      SELECT value, count(*)::int AS count FROM "Rating"
       WHERE seen.revealed AND "claimId" = ${claimId} AND dimension = ${axis}::"RatingDimension" AND "userId" <> ${viewerId}
       GROUP BY value
    ) counts ON true`;
  if (!rows[0]?.revealed) return toRatingAxisView(axis, null, null);
  const counts = rows.flatMap((row) => (row.value == null || row.count == null ? [] : [{ value: row.value, count: row.count }]));
  return toRatingAxisView(axis, null, counts);
}
