import { ZRateClaim } from '@/lib/schemas/rating';
import { writeRoute } from '@/lib/server/http/write-route';
import { scheduleOpinionRecomputeForClaim } from '@/lib/server/opinion/opinion-scheduler';
import { rateClaim } from '@/lib/server/services/rating/rate-claim';
import { retractRating } from '@/lib/server/services/rating/retract-rating';

type TContext = { params: Promise<{ id: string; dimension: string }> };

/**
 * Rate (or change the rating of) one axis; answers with that axis as the viewer now sees it (the
 * rating widget replaces just that axis: the other one did not change).
 */
export async function PUT(request: Request, { params }: TContext) {
  return writeRoute(request, { auth: 'session', body: ZRateClaim }, async ({ userId, input }) => {
    const { id, dimension } = await params;
    const rating = await rateClaim(userId, id, dimension.toUpperCase(), input);
    // Agreement places members on the opinion map: recompute it soon, off this request.
    if (rating.dimension === 'AGREEMENT') scheduleOpinionRecomputeForClaim(id);
    return { body: { rating } };
  });
}

export async function DELETE(request: Request, { params }: TContext) {
  return writeRoute(request, { auth: 'session', body: 'none' }, async ({ userId }) => {
    const { id, dimension } = await params;
    const rating = await retractRating(userId, id, dimension.toUpperCase());
    if (rating.dimension === 'AGREEMENT') scheduleOpinionRecomputeForClaim(id);
    return { body: { rating } };
  });
}
