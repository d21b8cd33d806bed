import 'server-only';
import { assertCohortCan, getCohortAccess } from '@/lib/server/access/cohort-access';
import { displayNamesFor } from '@/lib/server/access/display-names';
import type { TPersonView } from '@/lib/schemas/person';
import { db } from '@/lib/server/db/client';

export type TLedgerEntry = {
  id: string;
  kind: string;
  reason: string;
  createdAt: string;
  actor: string;
  /** Whose content or membership the action touched, as the viewer may see them. */
  subject: TPersonView | null;
  target: { type: 'annotation' | 'argument'; id: string } | null;
  details: unknown;
  appeal: { status: string; text: string } | null;
};

/** The open moderation ledger: every member of the cohort reads who did what, why and when. */
export async function listLedgerForViewer(viewerId: string, cohortId: string, take = 100): Promise<TLedgerEntry[]> {
  const access = await getCohortAccess(db, viewerId, cohortId);
  assertCohortCan(access, 'moderation.ledger.read');
  const rows = await db.moderationAction.findMany({
    where: { cohortId },
    orderBy: { createdAt: 'desc' },
    take,
    select: {
      id: true,
      kind: true,
      reason: true,
      createdAt: true,
      details: true,
      annotationId: true,
      argumentId: true,
      actorId: true,
      subjectUserId: true,
      appeal: { select: { status: true, text: true } },
    },
  });
  const names = await displayNamesFor(
    db,
    { viewerId, ...access },
    rows.flatMap((r) => (r.subjectUserId ? [r.actorId, r.subjectUserId] : [r.actorId])),
  );
  return rows.map((r) => ({
    id: r.id,
    kind: r.kind,
    reason: r.reason,
    createdAt: r.createdAt.toISOString(),
    actor: names.of(r.actorId).name,
    subject: r.subjectUserId ? names.of(r.subjectUserId) : null,
    target: r.annotationId ? { type: 'annotation', id: r.annotationId } : r.argumentId ? { type: 'argument', id: r.argumentId } : null,
    details: r.details,
    appeal: r.appeal,
  }));
}
