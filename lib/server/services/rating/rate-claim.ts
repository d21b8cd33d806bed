import 'server-only';
import { randomUUID } from 'node:crypto';
import { ZRateClaim, ZRatingDimension } from '@/lib/schemas/rating';
import { getClaimAccess } from '@/lib/server/access/claim-access';
import { assertCan } from '@/lib/server/access/essay-access';
import { db } from '@/lib/server/db/client';
import { parseInput } from '@/lib/server/validation';

/**
 * Sets the viewer's rating of a claim on one axis (a change replaces it). Atomic INSERT … ON
 * CONFLICT statements, so concurrent clicks by the same user cannot create two rows or fail; in
 * the same transaction, the reveal that lets the viewer see others' ratings of this axis from now
 * on, even after a retraction (blind ratings, ADR 0003).
 */
export async function rateClaim(viewerId: string, claimId: string, dimension: unknown, input: unknown): Promise<{ value: number }> {
  const axis = parseInput(ZRatingDimension, dimension);
  const { value } = parseInput(ZRateClaim, input);
  const access = await getClaimAccess(db, viewerId, claimId);
  assertCan(access.essay, 'rating.create');
  await db.$transaction([
    db.$executeRaw`
      INSERT INTO "Rating" (id, "userId", "claimId", dimension, value, "createdAt", "updatedAt")
      VALUES (${randomUUID()}, ${viewerId}, ${claimId}, ${axis}::"RatingDimension", ${value}, now(), now())
      ON CONFLICT ("userId", "claimId", dimension) DO UPDATE SET value = EXCLUDED.value, "updatedAt" = now()`,
    db.$executeRaw`
      INSERT INTO "RatingReveal" ("userId", "claimId", dimension, "createdAt")
      VALUES (${viewerId}, ${claimId}, ${axis}::"RatingDimension", now())
      ON CONFLICT DO NOTHING`,
  ]);
  return { value };
}
