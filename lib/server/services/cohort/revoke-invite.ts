import 'server-only';
import { can, inviteActionFor } from '@/lib/domain/access/permissions';
import { assertCohortCan, getCohortAccess } from '@/lib/server/access/cohort-access';
import { db } from '@/lib/server/db/client';
import { AppError } from '@/lib/server/errors';

/** Revokes a live invite: moderators revoke member invites, owners any invite. */
export async function revokeInvite(viewerId: string, inviteId: string): Promise<void> {
  const invite = await db.cohortInvite.findUnique({ where: { id: inviteId }, select: { cohortId: true, role: true } });
  if (!invite) throw new AppError('NOT_FOUND', 'No such invite.');
  const access = await getCohortAccess(db, viewerId, invite.cohortId);
  assertCohortCan(access, 'cohort.invite');
  // A staff-role invite is invisible to moderators, so to them it does not exist.
  if (!can(access.standing, inviteActionFor(invite.role), { isPrivate: true })) throw new AppError('NOT_FOUND', 'No such invite.');
  await db.cohortInvite.update({ where: { id: inviteId }, data: { revokedAt: new Date() } });
}
