import { ZRateClaim } from '@/lib/schemas/rating';
import { writeRoute } from '@/lib/server/http/write-route';
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
    return { body: { rating: await rateClaim(userId, id, dimension.toUpperCase(), input) } };
  });
}

export async function DELETE(request: Request, { params }: TContext) {
  return writeRoute(request, { auth: 'session', body: 'none' }, async ({ userId }) => {
    const { id, dimension } = await params;
    return { body: { rating: await retractRating(userId, id, dimension.toUpperCase()) } };
  });
}
