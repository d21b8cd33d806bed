import { consumeRateLimit } from '@/lib/server/rate-limit';
import { requireViewer } from '@/lib/server/auth/viewer';
import { jsonRoute, readJson } from '@/lib/server/http/json-route';
import { respondToCritique } from '@/lib/server/services/author/respond-to-critique';

type TContext = { params: Promise<{ slug: string }> };

/** The essay author's response to a critique (with a revision for "revised"). */
export async function POST(request: Request, { params }: TContext) {
  return jsonRoute(async () => {
    const viewer = await requireViewer();
    await consumeRateLimit('write', viewer.id);
    return { status: 201, body: { response: await respondToCritique(viewer.id, (await params).slug, await readJson(request)) } };
  });
}
