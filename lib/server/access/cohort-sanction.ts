import 'server-only';
// SECURITY: sanctions outlive membership. Every way into a cohort (the join API and the join page,
// both through joinCohort) asks here first, so leaving and rejoining never lifts a sanction.
import { admissionAfter } from '@/lib/domain/access/permissions';
import type { TTx } from '@/lib/server/db/client';
import { AppError } from '@/lib/server/errors';

/** The suspension a (re)joining person brings with them, or FORBIDDEN when they were removed. */
export async function admitToCohort(tx: TTx, cohortId: string, userId: string): Promise<{ suspendedUntil: Date | null }> {
  const sanction = await tx.cohortSanction.findUnique({
    where: { cohortId_userId: { cohortId, userId } },
    select: { suspendedUntil: true, removedAt: true },
  });
  const admission = admissionAfter(sanction, new Date());
  if (admission.isBarred) {
    throw new AppError(
      'FORBIDDEN',
      'You were removed from this cohort, so its invites no longer let you in. Ask an owner of the cohort if you think this is a mistake.',
    );
  }
  return { suspendedUntil: admission.suspendedUntil };
}
