import { consumeRateLimit } from '@/lib/server/rate-limit';
import { requireViewer } from '@/lib/server/auth/viewer';
import { jsonRoute, readJson } from '@/lib/server/http/json-route';
import { voteImpact } from '@/lib/server/services/argument/vote-impact';

type TContext = { params: Promise<{ id: string }> };

export async function PUT(request: Request, { params }: TContext) {
  return jsonRoute(async () => {
    const viewer = await requireViewer();
    await consumeRateLimit('write', viewer.id);
    await voteImpact(viewer.id, (await params).id, await readJson(request));
    return { body: { ok: true } };
  });
}
