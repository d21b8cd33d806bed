import 'server-only';
import { assertCohortCan, getCohortAccess } from '@/lib/server/access/cohort-access';
import { db } from '@/lib/server/db/client';
import { AppError } from '@/lib/server/errors';

export async function revokeInvite(viewerId: string, inviteId: string): Promise<void> {
  const invite = await db.cohortInvite.findUnique({ where: { id: inviteId }, select: { cohortId: true } });
  if (!invite) throw new AppError('NOT_FOUND', 'No such invite.');
  assertCohortCan(await getCohortAccess(db, viewerId, invite.cohortId), 'cohort.invite');
  await db.cohortInvite.update({ where: { id: inviteId }, data: { revokedAt: new Date() } });
}
