import 'server-only';
import type { Prisma } from '@/lib/generated/prisma/client';
import { assertCohortCan, getCohortAccess } from '@/lib/server/access/cohort-access';
import { db } from '@/lib/server/db/client';
import type { TContentType, TFlagReason, TFlagStatus } from '@/lib/schemas/moderation';

export type TQueueFilter = { status?: TFlagStatus; reason?: TFlagReason; type?: TContentType };

/** The moderators' queue: flags oldest first with the flagged content (index Flag(cohortId, status, createdAt)). */
export async function listQueueForViewer(viewerId: string, cohortId: string, filter: TQueueFilter = {}) {
  assertCohortCan(await getCohortAccess(db, viewerId, cohortId), 'moderation.act');
  const where: Prisma.FlagWhereInput = {
    cohortId,
    status: filter.status ?? 'OPEN',
    ...(filter.reason ? { reason: filter.reason } : {}),
    ...(filter.type === 'annotation' ? { annotationId: { not: null } } : filter.type === 'argument' ? { argumentId: { not: null } } : {}),
  };
  return db.flag.findMany({
    where,
    orderBy: { createdAt: 'asc' },
    take: 200,
    select: {
      id: true, reason: true, note: true, status: true, createdAt: true,
      reporter: { select: { name: true } },
      annotation: { select: { id: true, body: true, hiddenAt: true, author: { select: { id: true, name: true } }, essay: { select: { slug: true } } } },
      argument: { select: { id: true, text: true, hiddenAt: true, author: { select: { id: true, name: true } }, essay: { select: { slug: true } } } },
    },
  });
}
