import { consumeRateLimit } from '@/lib/server/rate-limit';
import { requireViewer } from '@/lib/server/auth/viewer';
import { jsonRoute, readJson } from '@/lib/server/http/json-route';
import { moderate } from '@/lib/server/services/moderation/moderate';

type TContext = { params: Promise<{ id: string }> };

export async function POST(request: Request, { params }: TContext) {
  return jsonRoute(async () => {
    const viewer = await requireViewer();
    await consumeRateLimit('write', viewer.id);
    return { status: 201, body: await moderate(viewer.id, (await params).id, await readJson(request)) };
  });
}
