import { writeRoute } from '@/lib/server/http/write-route';
import { revokeInvite } from '@/lib/server/services/cohort/revoke-invite';

type TContext = { params: Promise<{ id: string }> };

export async function DELETE(request: Request, { params }: TContext) {
  return writeRoute(request, { auth: 'session', body: 'none' }, async ({ userId }) => {
    await revokeInvite(userId, (await params).id);
    return { body: { ok: true } };
  });
}
