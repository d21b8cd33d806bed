import { consumeRateLimit } from '@/lib/server/rate-limit';
import { requireViewer } from '@/lib/server/auth/viewer';
import { jsonRoute, readJson } from '@/lib/server/http/json-route';
import { replyToAnnotation } from '@/lib/server/services/annotation/reply-to-annotation';

type TContext = { params: Promise<{ id: string }> };

export async function POST(request: Request, { params }: TContext) {
  return jsonRoute(async () => {
    const viewer = await requireViewer();
    await consumeRateLimit('write', viewer.id);
    const annotation = await replyToAnnotation(viewer.id, (await params).id, await readJson(request));
    return { status: 201, body: { annotation } };
  });
}
