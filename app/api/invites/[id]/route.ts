import { consumeRateLimit } from '@/lib/server/rate-limit';
import { requireViewer } from '@/lib/server/auth/viewer';
import { jsonRoute } from '@/lib/server/http/json-route';
import { revokeInvite } from '@/lib/server/services/cohort/revoke-invite';

type TContext = { params: Promise<{ id: string }> };

export async function DELETE(_request: Request, { params }: TContext) {
  return jsonRoute(async () => {
    const viewer = await requireViewer();
    await consumeRateLimit('write', viewer.id);
    await revokeInvite(viewer.id, (await params).id);
    return { body: { ok: true } };
  });
}
