import { requireViewer } from '@/lib/server/auth/viewer';
import { jsonRoute } from '@/lib/server/http/json-route';
import { consumeRateLimit } from '@/lib/server/rate-limit';
import { revokeApiToken } from '@/lib/server/services/token/revoke-token';

type TContext = { params: Promise<{ id: string }> };

/** Revokes one of the viewer's tokens (the row stays, so /account can show when). */
export async function DELETE(_request: Request, { params }: TContext) {
  return jsonRoute(async () => {
    const viewer = await requireViewer();
    await consumeRateLimit('write', viewer.id);
    return { body: { token: await revokeApiToken(viewer.id, (await params).id) } };
  });
}
