import type { z } from 'zod';
import { ZApiRatingParams, type ZApiClaimRatings } from '@/lib/schemas/api-v1';
import { ZRateClaim } from '@/lib/schemas/rating';
import { writeRoute } from '@/lib/server/http/write-route';
import { scheduleOpinionRecomputeForClaim } from '@/lib/server/opinion/opinion-scheduler';
import { getClaimRatingsForViewer } from '@/lib/server/queries/rating/get-claim-ratings-for-viewer';
import { rateClaim } from '@/lib/server/services/rating/rate-claim';
import { parseInput } from '@/lib/server/validation';

type TContext = { params: Promise<{ id: string; dimension: string }> };

export const dynamic = 'force-dynamic';

/** Sets the caller's rating on one axis; answers with both axes as they may now see them. */
export async function PUT(request: Request, { params }: TContext) {
  return writeRoute(request, { auth: 'token', body: ZRateClaim }, async ({ userId, input }) => {
    const raw = await params;
    const { id, dimension } = parseInput(ZApiRatingParams, { ...raw, dimension: raw.dimension.toUpperCase() });
    await rateClaim(userId, id, dimension, input);
    if (dimension === 'AGREEMENT') scheduleOpinionRecomputeForClaim(id);
    const body: z.output<typeof ZApiClaimRatings> = { claimId: id, ratings: await getClaimRatingsForViewer(userId, id) };
    return { body };
  });
}
