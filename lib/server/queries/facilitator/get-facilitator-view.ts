import 'server-only';
import { can } from '@/lib/domain/access/permissions';
import { displayNamesFor } from '@/lib/server/access/display-names';
import { getEssayAccess } from '@/lib/server/access/essay-access';
import { db } from '@/lib/server/db/client';
import { AppError } from '@/lib/server/errors';

/** How many unanswered critiques the view lists: the ones that have waited longest. */
export const UNANSWERED_CRITIQUES_SHOWN = 50;

/**
 * For moderators and owners: claims nobody has critiqued, critiques unanswered for more than
 * `days` (counted, and the UNANSWERED_CRITIQUES_SHOWN oldest listed, so the page does not grow
 * with the debate), participation per member, and sections nobody has annotated. Counts are
 * GROUP BYs or COUNTs.
 */
export async function getFacilitatorView(viewerId: string, slug: string, days = 7) {
  const access = await getEssayAccess(db, viewerId, { slug });
  if (!can(access.standing, 'moderation.act', { isPrivate: access.cohortId !== null }) || !access.cohortId) {
    throw new AppError('NOT_FOUND', 'The facilitator view is for the cohort’s moderators and owners.');
  }
  const essayId = access.essayId;
  const cutoff = new Date(Date.now() - days * 24 * 3600 * 1000);
  // Staff see what members see: other members' private notes are not counted anywhere here (not
  // even as "a section was annotated"), and hidden critiques are not listed with their words.
  const readable = { OR: [{ visibility: 'COHORT' as const }, { authorId: viewerId }] };
  const staleAttackWhere = {
    essayId,
    stance: 'ATTACK' as const,
    deletedAt: null,
    hiddenAt: null,
    createdAt: { lt: cutoff },
    authorResponses: { none: {} },
  };
  const staleQuestionWhere = {
    essayId,
    motivation: 'QUESTIONING' as const,
    parentId: null,
    visibility: 'COHORT' as const,
    deletedAt: null,
    hiddenAt: null,
    createdAt: { lt: cutoff },
    authorResponses: { none: {} },
  };
  // Oldest first, by the indexes Argument(essayId, createdAt) and Annotation(essayId, parentId, createdAt, id).
  const oldestFirst = [{ createdAt: 'asc' as const }, { id: 'asc' as const }];
  const [
    essay,
    attackedClaims,
    questionedClaims,
    staleAttacks,
    staleQuestions,
    staleAttackCount,
    staleQuestionCount,
    annotations,
    ratings,
    args,
    members,
    annotatedSections,
  ] = await Promise.all([
    db.essay.findUniqueOrThrow({
      where: { id: essayId },
      select: {
        authorUserId: true,
        currentRevision: {
          select: {
            id: true,
            sections: { orderBy: { order: 'asc' }, select: { id: true, title: true, order: true } },
            claimVersions: { orderBy: { order: 'asc' }, select: { claimId: true, text: true } },
          },
        },
      },
    }),
    db.argument.groupBy({
      by: ['targetClaimId'],
      where: { essayId, stance: 'ATTACK', deletedAt: null, hiddenAt: null, targetClaimId: { not: null } },
      _count: { _all: true },
    }),
    db.annotationClaim.groupBy({
      by: ['claimId'],
      where: { annotation: { essayId, motivation: 'QUESTIONING', deletedAt: null, hiddenAt: null, ...readable } },
      _count: { _all: true },
    }),
    db.argument.findMany({
      where: staleAttackWhere,
      orderBy: oldestFirst,
      take: UNANSWERED_CRITIQUES_SHOWN,
      select: { id: true, text: true, createdAt: true },
    }),
    db.annotation.findMany({
      where: staleQuestionWhere,
      orderBy: oldestFirst,
      take: UNANSWERED_CRITIQUES_SHOWN,
      select: { id: true, body: true, createdAt: true },
    }),
    db.argument.count({ where: staleAttackWhere }),
    db.annotation.count({ where: staleQuestionWhere }),
    db.annotation.groupBy({ by: ['authorId'], where: { essayId, deletedAt: null, ...readable }, _count: { _all: true } }),
    db.rating.groupBy({ by: ['userId'], where: { claim: { essayId } }, _count: { _all: true } }),
    db.argument.groupBy({ by: ['authorId'], where: { essayId, deletedAt: null }, _count: { _all: true } }),
    db.membership.findMany({
      where: { cohortId: access.cohortId },
      select: { role: true, pseudonym: true, user: { select: { id: true, name: true } } },
    }),
    db.$queryRaw<{ sectionId: string }[]>`
      SELECT DISTINCT cv."sectionId" FROM "ClaimVersion" cv
      JOIN "AnnotationClaim" ac ON ac."claimId" = cv."claimId"
      JOIN "Annotation" a ON a.id = ac."annotationId" AND a."deletedAt" IS NULL AND (a.visibility = 'COHORT' OR a."authorId" = ${viewerId})
      JOIN "Essay" e ON e.id = a."essayId" AND e."currentRevisionId" = cv."revisionId"
      WHERE e.id = ${essayId}`,
  ]);
  const critiqued = new Set([...attackedClaims.map((c) => c.targetClaimId!), ...questionedClaims.map((c) => c.claimId)]);
  const count = (rows: { _count: { _all: number } }[], key: (r: never) => string) =>
    new Map(rows.map((r) => [key(r as never), r._count._all]));
  const byAnnotation = count(annotations, (r: { authorId: string }) => r.authorId);
  const byRating = count(ratings, (r: { userId: string }) => r.userId);
  const byArgument = count(args, (r: { authorId: string }) => r.authorId);
  const annotated = new Set(annotatedSections.map((s) => s.sectionId));
  const revision = essay.currentRevision!;
  // By the display-name rule, as everywhere: staff read "pseudonym (real name)".
  const names = await displayNamesFor(
    db,
    { viewerId, ...access },
    members.map((m) => m.user.id),
  );
  return {
    days,
    /** Owners invite the essay's author (a staff role) from here until an account is linked. */
    authorInvite: can(access.standing, 'cohort.manage-members', { isPrivate: true })
      ? { cohortId: access.cohortId, essayId, hasAuthorAccount: essay.authorUserId !== null }
      : null,
    uncritiquedClaims: revision.claimVersions.filter((c) => !critiqued.has(c.claimId)).map((c) => ({ id: c.claimId, text: c.text })),
    /** The oldest of both kinds together (each kind's oldest are among the oldest of all). */
    unansweredCritiques: [
      ...staleAttacks.map((a) => ({ type: 'argument' as const, id: a.id, text: a.text, createdAt: a.createdAt })),
      ...staleQuestions.map((q) => ({ type: 'annotation' as const, id: q.id, text: q.body, createdAt: q.createdAt })),
    ]
      .sort((a, b) => a.createdAt.getTime() - b.createdAt.getTime() || a.id.localeCompare(b.id))
      .slice(0, UNANSWERED_CRITIQUES_SHOWN)
      .map((critique) => ({ ...critique, createdAt: critique.createdAt.toISOString() })),
    unansweredCritiqueCount: staleAttackCount + staleQuestionCount,
    participation: members.map((m) => ({
      userId: m.user.id,
      name: names.of(m.user.id).name,
      role: m.role,
      annotations: byAnnotation.get(m.user.id) ?? 0,
      ratings: byRating.get(m.user.id) ?? 0,
      arguments: byArgument.get(m.user.id) ?? 0,
    })),
    unannotatedSections: revision.sections.filter((s) => !annotated.has(s.id)).map((s) => ({ id: s.id, title: s.title ?? 'Opening' })),
  };
}
