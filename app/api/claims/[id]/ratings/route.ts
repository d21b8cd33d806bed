import { getViewer } from '@/lib/server/auth/viewer';
import { jsonRoute } from '@/lib/server/http/json-route';
import { getClaimRatingsForViewer } from '@/lib/server/queries/rating/get-claim-ratings-for-viewer';

type TContext = { params: Promise<{ id: string }> };

export const dynamic = 'force-dynamic';

export async function GET(request: Request, { params }: TContext) {
  return jsonRoute(request, async () => {
    const viewer = await getViewer();
    return { body: { ratings: await getClaimRatingsForViewer(viewer?.id ?? null, (await params).id) } };
  });
}
