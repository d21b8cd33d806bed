import 'server-only';
import { ZChangeRole } from '@/lib/schemas/cohort';
import { assertCohortCan, getCohortAccess } from '@/lib/server/access/cohort-access';
import { recordSanction } from '@/lib/server/services/cohort/record-sanction';
import { db, type TTx } from '@/lib/server/db/client';
import { AppError } from '@/lib/server/errors';
import { parseInput } from '@/lib/server/validation';

/** A cohort must always keep an owner: refuse changes that would leave it with none. */
export async function assertOwnerRemains(tx: TTx, cohortId: string, leavingUserId: string): Promise<void> {
  const owners = await tx.membership.count({ where: { cohortId, role: 'OWNER', userId: { not: leavingUserId } } });
  if (owners === 0) throw new AppError('CONFLICT', 'A cohort needs an owner: make someone else owner first.');
}

/**
 * Role changes and departures in one cohort take turns: the cohort row is locked first, so the
 * second of two owners demoting each other reads the first one's result (READ COMMITTED: every
 * statement after the lock sees it) and is refused instead of leaving the cohort with no owner.
 */
async function lockCohortRoles(tx: TTx, cohortId: string): Promise<void> {
  await tx.$queryRaw`SELECT 1 FROM "Cohort" WHERE id = ${cohortId} FOR UPDATE`;
}

export async function changeMemberRole(
  viewerId: string,
  cohortId: string,
  memberUserId: string,
  input: unknown,
): Promise<{ userId: string; role: string }> {
  const { role } = parseInput(ZChangeRole, input);
  await db.$transaction(async (tx) => {
    await lockCohortRoles(tx, cohortId);
    assertCohortCan(await getCohortAccess(tx, viewerId, cohortId), 'cohort.manage-members');
    const member = await tx.membership.findUnique({
      where: { cohortId_userId: { cohortId, userId: memberUserId } },
      select: { role: true },
    });
    if (!member) throw new AppError('NOT_FOUND', 'That person is not a member of this cohort.');
    if (member.role === 'OWNER' && role !== 'OWNER') await assertOwnerRemains(tx, cohortId, memberUserId);
    await tx.membership.update({ where: { cohortId_userId: { cohortId, userId: memberUserId } }, data: { role } });
  });
  return { userId: memberUserId, role };
}

export async function removeMember(viewerId: string, cohortId: string, memberUserId: string): Promise<void> {
  await db.$transaction(async (tx) => {
    await lockCohortRoles(tx, cohortId);
    if (viewerId !== memberUserId) assertCohortCan(await getCohortAccess(tx, viewerId, cohortId), 'cohort.manage-members');
    const member = await tx.membership.findUnique({
      where: { cohortId_userId: { cohortId, userId: memberUserId } },
      select: { role: true },
    });
    if (!member) throw new AppError('NOT_FOUND', 'That person is not a member of this cohort.');
    if (member.role === 'OWNER') await assertOwnerRemains(tx, cohortId, memberUserId);
    await tx.membership.delete({ where: { cohortId_userId: { cohortId, userId: memberUserId } } });
    // Leaving is free; being removed is a sanction that an invite must not undo.
    if (viewerId !== memberUserId) await recordSanction(tx, cohortId, memberUserId, { removedAt: new Date() });
  });
}
