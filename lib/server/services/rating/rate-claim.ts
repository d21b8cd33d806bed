import 'server-only';
import { randomUUID } from 'node:crypto';
import type { TValueCount } from '@/lib/domain/rating';
import { ZRateClaim, ZRatingDimension, type TRatingAxisView } from '@/lib/schemas/rating';
import { getClaimAccess } from '@/lib/server/access/claim-access';
import { assertCan } from '@/lib/server/access/essay-access';
import { Prisma } from '@/lib/generated/prisma/client';
import { db } from '@/lib/server/db/client';
import { poolQuery } from '@/lib/server/db/pool-query';
import { toRatingAxisView } from '@/lib/server/queries/rating/rating-axis-view';
import { parseInput } from '@/lib/server/validation';

/**
 * Sets the viewer's rating of a claim on one axis (a change replaces it) and answers with that
 * axis as the viewer now sees it: having rated, they see how everyone rated it (blind ratings,
 * ADR 0003). The other axis did not change, so it is not read.
 *
 * One statement after the access check, atomic on its own: the rating (INSERT … ON CONFLICT, so
 * concurrent clicks cannot make two rows or fail), the reveal that keeps the distribution visible
 * even after a retraction, and the others' ratings of the axis. A statement's own writes are not
 * visible to its SELECT, so the others are counted without the viewer and the new value added.
 */
export async function rateClaim(viewerId: string, claimId: string, dimension: unknown, input: unknown): Promise<TRatingAxisView> {
  const axis = parseInput(ZRatingDimension, dimension);
  const { value } = parseInput(ZRateClaim, input);
  const access = await getClaimAccess(db, viewerId, claimId);
  assertCan(access.essay, 'rating.create');
  // On the pool directly (pool-query.ts): one statement, no transaction.
  const others = await poolQuery<TValueCount>(Prisma.sql`
    WITH rated AS (
      INSERT INTO "Rating" (id, "userId", "claimId", dimension, value, "createdAt", "updatedAt")
      VALUES (${randomUUID()}, ${viewerId}, ${claimId}, ${axis}::"RatingDimension", ${value}, now(), now())
      ON CONFLICT ("userId", "claimId", dimension) DO UPDATE SET value = EXCLUDED.value, "updatedAt" = now()
      RETURNING 1
    ), revealed AS (
      INSERT INTO "RatingReveal" ("userId", "claimId", dimension, "createdAt")
      VALUES (${viewerId}, ${claimId}, ${axis}::"RatingDimension", now())
      ON CONFLICT DO NOTHING
      RETURNING 1
    )
    SELECT value, count(*)::int AS count FROM "Rating"
     WHERE "claimId" = ${claimId} AND dimension = ${axis}::"RatingDimension" AND "userId" <> ${viewerId}
     GROUP BY value`);
  return toRatingAxisView(axis, value, [...others, { value, count: 1 }]);
}
