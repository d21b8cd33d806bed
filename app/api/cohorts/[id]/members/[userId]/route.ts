import { ZChangeRole } from '@/lib/schemas/cohort';
import { writeRoute } from '@/lib/server/http/write-route';
import { changeMemberRole, removeMember } from '@/lib/server/services/cohort/change-member-role';

type TContext = { params: Promise<{ id: string; userId: string }> };

/** Change a member's role (owners). */
export async function PATCH(request: Request, { params }: TContext) {
  return writeRoute(request, { auth: 'session', body: ZChangeRole }, async ({ userId: viewerId, input }) => {
    const { id, userId } = await params;
    return { body: { member: await changeMemberRole(viewerId, id, userId, input) } };
  });
}

/** Remove a member (owners), or leave (yourself). */
export async function DELETE(request: Request, { params }: TContext) {
  return writeRoute(request, { auth: 'session', body: 'none' }, async ({ userId: viewerId }) => {
    const { id, userId } = await params;
    await removeMember(viewerId, id, userId);
    return { body: { ok: true } };
  });
}
