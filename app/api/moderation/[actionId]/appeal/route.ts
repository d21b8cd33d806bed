import { consumeRateLimit } from '@/lib/server/rate-limit';
import { requireViewer } from '@/lib/server/auth/viewer';
import { jsonRoute, readJson } from '@/lib/server/http/json-route';
import { fileAppeal } from '@/lib/server/services/moderation/file-appeal';

type TContext = { params: Promise<{ actionId: string }> };

export async function POST(request: Request, { params }: TContext) {
  return jsonRoute(async () => {
    const viewer = await requireViewer();
    await consumeRateLimit('write', viewer.id);
    return { status: 201, body: { appeal: await fileAppeal(viewer.id, (await params).actionId, await readJson(request)) } };
  });
}
