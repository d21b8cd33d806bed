import 'server-only';
import { getCohortAccess } from '@/lib/server/access/cohort-access';
import { assertCohortCan } from '@/lib/server/access/cohort-access';
import { db } from '@/lib/server/db/client';

export type TLedgerEntry = {
  id: string;
  kind: string;
  reason: string;
  createdAt: string;
  actor: string;
  subject: { id: string; name: string } | null;
  target: { type: 'annotation' | 'argument'; id: string } | null;
  details: unknown;
  appeal: { status: string; text: string } | null;
};

/** The open moderation ledger: every member of the cohort reads who did what, why and when. */
export async function listLedgerForViewer(viewerId: string, cohortId: string, take = 100): Promise<TLedgerEntry[]> {
  assertCohortCan(await getCohortAccess(db, viewerId, cohortId), 'moderation.ledger.read');
  const rows = await db.moderationAction.findMany({
    where: { cohortId },
    orderBy: { createdAt: 'desc' },
    take,
    select: {
      id: true, kind: true, reason: true, createdAt: true, details: true, annotationId: true, argumentId: true,
      actor: { select: { name: true } },
      subjectUser: { select: { id: true, name: true } },
      appeal: { select: { status: true, text: true } },
    },
  });
  return rows.map((r) => ({
    id: r.id,
    kind: r.kind,
    reason: r.reason,
    createdAt: r.createdAt.toISOString(),
    actor: r.actor.name,
    subject: r.subjectUser,
    target: r.annotationId ? { type: 'annotation', id: r.annotationId } : r.argumentId ? { type: 'argument', id: r.argumentId } : null,
    details: r.details,
    appeal: r.appeal,
  }));
}
