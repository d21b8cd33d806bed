import type { z } from 'zod';
import { ZApiClaimParams, type ZApiClaimRatings } from '@/lib/schemas/api-v1';
import { apiRoute } from '@/lib/server/api-v1/api-route';
import { getClaimRatingsForViewer } from '@/lib/server/queries/rating/get-claim-ratings-for-viewer';
import { parseInput } from '@/lib/server/validation';

type TContext = { params: Promise<{ id: string }> };

export const dynamic = 'force-dynamic';

/** Hidden-until-rated holds here as in the browser: the query does not read a distribution the caller has not earned. */
export async function GET(request: Request, { params }: TContext) {
  return apiRoute(request, async (caller) => {
    const { id } = parseInput(ZApiClaimParams, await params);
    const body: z.output<typeof ZApiClaimRatings> = { claimId: id, ratings: await getClaimRatingsForViewer(caller.viewerId, id) };
    return { body };
  });
}
