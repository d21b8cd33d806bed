import { getViewer } from '@/lib/server/auth/viewer';
import { jsonRoute } from '@/lib/server/http/json-route';
import { getOpinionMapForViewer } from '@/lib/server/queries/opinion/get-opinion-map-for-viewer';

type TContext = { params: Promise<{ slug: string }> };

export const dynamic = 'force-dynamic';

/**
 * The essay's opinion map as the viewer may see it (ADR 0014): `{ state: 'locked', minRatings,
 * rated }` until they have rated enough of its claims, then groups, members by display name,
 * cruxes and common ground. Private essays are a 404 to outsiders.
 */
export async function GET(request: Request, { params }: TContext) {
  return jsonRoute(request, async () => {
    const viewer = await getViewer();
    return { body: { opinionMap: await getOpinionMapForViewer(viewer?.id ?? null, (await params).slug) } };
  });
}
