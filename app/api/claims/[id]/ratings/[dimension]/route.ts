import { consumeRateLimit } from '@/lib/server/rate-limit';
import { requireViewer } from '@/lib/server/auth/viewer';
import { jsonRoute, readJson } from '@/lib/server/http/json-route';
import { getClaimRatingsForViewer } from '@/lib/server/queries/rating/get-claim-ratings-for-viewer';
import { rateClaim } from '@/lib/server/services/rating/rate-claim';
import { retractRating } from '@/lib/server/services/rating/retract-rating';

type TContext = { params: Promise<{ id: string; dimension: string }> };

/** Rate (or change the rating of) one axis; answers with both axes as the viewer may now see them. */
export async function PUT(request: Request, { params }: TContext) {
  return jsonRoute(async () => {
    const viewer = await requireViewer();
    await consumeRateLimit('write', viewer.id);
    const { id, dimension } = await params;
    await rateClaim(viewer.id, id, dimension.toUpperCase(), await readJson(request));
    return { body: { ratings: await getClaimRatingsForViewer(viewer.id, id) } };
  });
}

export async function DELETE(_request: Request, { params }: TContext) {
  return jsonRoute(async () => {
    const viewer = await requireViewer();
    await consumeRateLimit('write', viewer.id);
    const { id, dimension } = await params;
    await retractRating(viewer.id, id, dimension.toUpperCase());
    return { body: { ratings: await getClaimRatingsForViewer(viewer.id, id) } };
  });
}
