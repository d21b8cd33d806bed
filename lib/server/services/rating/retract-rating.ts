import 'server-only';
import { ZRatingDimension } from '@/lib/schemas/rating';
import { getClaimAccess } from '@/lib/server/access/claim-access';
import { db } from '@/lib/server/db/client';
import { parseInput } from '@/lib/server/validation';

/** Takes back the viewer's rating on one axis; retracting what does not exist is not an error. */
export async function retractRating(viewerId: string, claimId: string, dimension: unknown): Promise<void> {
  const axis = parseInput(ZRatingDimension, dimension);
  await getClaimAccess(db, viewerId, claimId);
  await db.rating.deleteMany({ where: { userId: viewerId, claimId, dimension: axis } });
}
