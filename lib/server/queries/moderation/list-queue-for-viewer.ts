import 'server-only';
import type { Prisma } from '@/lib/generated/prisma/client';
import { assertCohortCan, getCohortAccess } from '@/lib/server/access/cohort-access';
import { displayNamesFor } from '@/lib/server/access/display-names';
import { db } from '@/lib/server/db/client';
import type { TContentType, TFlagReason, TFlagStatus } from '@/lib/schemas/moderation';

export type TQueueFilter = { status?: TFlagStatus; reason?: TFlagReason; type?: TContentType };

/** The moderators' queue: flags oldest first with the flagged content (index Flag(cohortId, status, createdAt)). */
export async function listQueueForViewer(viewerId: string, cohortId: string, filter: TQueueFilter = {}) {
  const access = await getCohortAccess(db, viewerId, cohortId);
  assertCohortCan(access, 'moderation.act');
  const where: Prisma.FlagWhereInput = {
    cohortId,
    status: filter.status ?? 'OPEN',
    ...(filter.reason ? { reason: filter.reason } : {}),
    ...(filter.type === 'annotation' ? { annotationId: { not: null } } : filter.type === 'argument' ? { argumentId: { not: null } } : {}),
  };
  const rows = await db.flag.findMany({
    where,
    orderBy: { createdAt: 'asc' },
    take: 200,
    select: {
      id: true,
      reason: true,
      note: true,
      status: true,
      createdAt: true,
      reporter: { select: { id: true, name: true } },
      annotation: {
        select: { id: true, body: true, hiddenAt: true, author: { select: { id: true, name: true } }, essay: { select: { slug: true } } },
      },
      argument: {
        select: { id: true, text: true, hiddenAt: true, author: { select: { id: true, name: true } }, essay: { select: { slug: true } } },
      },
    },
  });
  // Staff read people by the display-name rule too: "pseudonym (real name)", never a bare real name.
  const names = await displayNamesFor(
    db,
    { viewerId, ...access },
    rows.flatMap((r) => [r.reporter.id, r.annotation?.author.id ?? r.argument?.author.id ?? r.reporter.id]),
  );
  const named = <T extends { id: string; name: string }>(person: T): T => ({ ...person, name: names.of(person.id).name });
  return rows.map((r) => ({
    ...r,
    reporter: named(r.reporter),
    annotation: r.annotation && { ...r.annotation, author: named(r.annotation.author) },
    argument: r.argument && { ...r.argument, author: named(r.argument.author) },
  }));
}
