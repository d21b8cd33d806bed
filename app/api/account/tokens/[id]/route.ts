import { writeRoute } from '@/lib/server/http/write-route';
import { revokeApiToken } from '@/lib/server/services/token/revoke-token';

type TContext = { params: Promise<{ id: string }> };

/** Revokes one of the viewer's tokens (the row stays, so /account can show when). */
export async function DELETE(request: Request, { params }: TContext) {
  return writeRoute(request, { auth: 'session', body: 'none' }, async ({ userId }) => {
    return { body: { token: await revokeApiToken(userId, (await params).id) } };
  });
}
