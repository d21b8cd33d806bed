import { consumeRateLimit } from '@/lib/server/rate-limit';
import { requireViewer } from '@/lib/server/auth/viewer';
import { jsonRoute, readJson } from '@/lib/server/http/json-route';
import { createInvite } from '@/lib/server/services/cohort/create-invite';

type TContext = { params: Promise<{ id: string }> };

export async function POST(request: Request, { params }: TContext) {
  return jsonRoute(async () => {
    const viewer = await requireViewer();
    await consumeRateLimit('write', viewer.id);
    return { status: 201, body: { invite: await createInvite(viewer.id, (await params).id, await readJson(request)) } };
  });
}
