import 'server-only';
import type { TTx } from '@/lib/server/db/client';

/** Records a sanction next to the membership (same transaction as the change it mirrors). */
export async function recordSanction(
  tx: TTx,
  cohortId: string,
  userId: string,
  change: { suspendedUntil: Date | null } | { removedAt: Date },
): Promise<void> {
  await tx.cohortSanction.upsert({
    where: { cohortId_userId: { cohortId, userId } },
    create: { cohortId, userId, ...change },
    update: change,
  });
}
