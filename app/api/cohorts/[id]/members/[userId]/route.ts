import { consumeRateLimit } from '@/lib/server/rate-limit';
import { requireViewer } from '@/lib/server/auth/viewer';
import { jsonRoute, readJson } from '@/lib/server/http/json-route';
import { changeMemberRole, removeMember } from '@/lib/server/services/cohort/change-member-role';

type TContext = { params: Promise<{ id: string; userId: string }> };

/** Change a member's role (owners). */
export async function PATCH(request: Request, { params }: TContext) {
  return jsonRoute(async () => {
    const viewer = await requireViewer();
    await consumeRateLimit('write', viewer.id);
    const { id, userId } = await params;
    return { body: { member: await changeMemberRole(viewer.id, id, userId, await readJson(request)) } };
  });
}

/** Remove a member (owners), or leave (yourself). */
export async function DELETE(_request: Request, { params }: TContext) {
  return jsonRoute(async () => {
    const viewer = await requireViewer();
    await consumeRateLimit('write', viewer.id);
    const { id, userId } = await params;
    await removeMember(viewer.id, id, userId);
    return { body: { ok: true } };
  });
}
