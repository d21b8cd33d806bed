import 'server-only';
// SECURITY: a cohort exists, for a viewer, only if they belong to it: outsiders get a 404.
import { can, standingOf, type TAction, type TStanding } from '@/lib/domain/access/permissions';
import type { TDb, TTx } from '@/lib/server/db/client';
import { isIdShaped } from '@/lib/schemas/params';
import { AppError } from '@/lib/server/errors';

export type TCohortAccess = { cohortId: string; standing: TStanding };

export async function getCohortAccess(client: TDb | TTx, viewerId: string, cohortId: string): Promise<TCohortAccess> {
  if (!isIdShaped(cohortId)) throw new AppError('NOT_FOUND', 'No such cohort, or you are not a member of it.');
  const membership = await client.membership.findUnique({
    where: { cohortId_userId: { cohortId, userId: viewerId } },
    select: { role: true, suspendedUntil: true },
  });
  if (!membership) throw new AppError('NOT_FOUND', 'No such cohort, or you are not a member of it.');
  return { cohortId, standing: standingOf({ viewerId, cohortId, membership, now: new Date() }) };
}

export function assertCohortCan(access: TCohortAccess, action: TAction): void {
  if (can(access.standing, action, { isPrivate: true })) return;
  if (access.standing === 'SUSPENDED') throw new AppError('FORBIDDEN', 'You are suspended from this cohort for now.');
  throw new AppError('FORBIDDEN', 'Your role in this cohort does not allow that.');
}
