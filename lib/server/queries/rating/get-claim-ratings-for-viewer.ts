import 'server-only';
import { RATING_DIMENSIONS, type TRatingAxisView, type TRatingDimension } from '@/lib/schemas/rating';
import { getClaimAccess } from '@/lib/server/access/claim-access';
import { getRevealedAxes, maySeeAggregates } from '@/lib/server/access/rating-access';
import { db } from '@/lib/server/db/client';
import { toRatingAxisView } from '@/lib/server/queries/rating/rating-axis-view';

/**
 * A claim's two rating axes for the viewer. Hidden-until-rated is enforced here, in the query:
 * the distribution of an axis is not even read from the database until the viewer has rated it
 * (rating-access.ts; a retraction keeps it visible, ADR 0003), so no caller can leak it.
 * Aggregates are one GROUP BY in SQL (index Rating(claimId, dimension, value)).
 */
export async function getClaimRatingsForViewer(viewerId: string | null, claimId: string): Promise<TRatingAxisView[]> {
  await getClaimAccess(db, viewerId, claimId);
  const [mine, revealed] = await Promise.all([
    viewerId ? db.rating.findMany({ where: { userId: viewerId, claimId }, select: { dimension: true, value: true } }) : [],
    getRevealedAxes(db, viewerId, { claimId }),
  ]);
  const visible = RATING_DIMENSIONS.filter((dimension) => maySeeAggregates(revealed, claimId, dimension));
  const groups = visible.length
    ? await db.rating.groupBy({ by: ['dimension', 'value'], where: { claimId, dimension: { in: visible } }, _count: { _all: true } })
    : [];
  return RATING_DIMENSIONS.map((dimension: TRatingDimension) => {
    const own = mine.find((r) => r.dimension === dimension)?.value ?? null;
    if (!visible.includes(dimension)) return toRatingAxisView(dimension, own, null);
    return toRatingAxisView(
      dimension,
      own,
      groups.filter((g) => g.dimension === dimension).map((g) => ({ value: g.value, count: g._count._all })),
    );
  });
}
