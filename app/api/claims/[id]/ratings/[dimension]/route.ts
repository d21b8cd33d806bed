import { ZRateClaim } from '@/lib/schemas/rating';
import { writeRoute } from '@/lib/server/http/write-route';
import { getClaimRatingsForViewer } from '@/lib/server/queries/rating/get-claim-ratings-for-viewer';
import { rateClaim } from '@/lib/server/services/rating/rate-claim';
import { retractRating } from '@/lib/server/services/rating/retract-rating';

type TContext = { params: Promise<{ id: string; dimension: string }> };

/** Rate (or change the rating of) one axis; answers with both axes as the viewer may now see them. */
export async function PUT(request: Request, { params }: TContext) {
  return writeRoute(request, { auth: 'session', body: ZRateClaim }, async ({ userId, input }) => {
    const { id, dimension } = await params;
    await rateClaim(userId, id, dimension.toUpperCase(), input);
    return { body: { ratings: await getClaimRatingsForViewer(userId, id) } };
  });
}

export async function DELETE(request: Request, { params }: TContext) {
  return writeRoute(request, { auth: 'session', body: 'none' }, async ({ userId }) => {
    const { id, dimension } = await params;
    await retractRating(userId, id, dimension.toUpperCase());
    return { body: { ratings: await getClaimRatingsForViewer(userId, id) } };
  });
}
