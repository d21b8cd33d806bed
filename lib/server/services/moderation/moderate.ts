import 'server-only';
import { can, sanctionActionFor, type TStanding } from '@/lib/domain/access/permissions';
import { ZModerate, type TModerate } from '@/lib/schemas/moderation';
import { assertCohortCan, getCohortAccess } from '@/lib/server/access/cohort-access';
import { recordSanction } from '@/lib/server/services/cohort/record-sanction';
import { db, type TTx } from '@/lib/server/db/client';
import { AppError } from '@/lib/server/errors';
import { resolveContent, type TContent } from '@/lib/server/services/moderation/resolve-content';
import { notify } from '@/lib/server/services/notification/notify';
import { parseInput } from '@/lib/server/validation';
import { wakeEssay } from '@/lib/server/live/essay-hub';
import { recordEssayEvent } from '@/lib/server/live/record-essay-event';
import { log } from '@/lib/server/log';

const CONTENT_STATE: Record<string, Record<string, Date | null> | undefined> = {
  HIDE: { hiddenAt: new Date(0) },
  RESTORE: { hiddenAt: null },
  LOCK: { lockedAt: new Date(0) },
  UNLOCK: { lockedAt: null },
  PIN: { pinnedAt: new Date(0) },
  UNPIN: { pinnedAt: null },
};

/**
 * One moderator action, with its reason, in one transaction: the change, the ledger entry (an
 * append-only table), the flags it settles, and a notice to the author of the content. A member
 * or a moderator of another cohort is refused (and the attempt logged); nothing is written.
 */
export async function moderate(viewerId: string, cohortId: string, input: unknown): Promise<{ actionId: string }> {
  const action = parseInput(ZModerate, input);
  let changedEssayId: string | null = null;
  const result = await db.$transaction(async (tx) => {
    const access = await getCohortAccess(tx, viewerId, cohortId);
    try {
      assertCohortCan(access, 'moderation.act');
    } catch (error) {
      log().warn({ event: 'moderation.denied', viewerId, cohortId, kind: action.kind, standing: access.standing }, 'moderation refused');
      throw error;
    }
    if (action.kind === 'SUSPEND' || action.kind === 'UNSUSPEND') return suspend(tx, viewerId, access.standing, cohortId, action);
    const content = await resolveContent(tx, action.target);
    if (content.cohortId !== cohortId) {
      log().warn({ event: 'moderation.denied', viewerId, cohortId, kind: action.kind, reason: 'other-cohort' }, 'moderation refused');
      throw new AppError('NOT_FOUND', `No such ${content.type} in this cohort.`);
    }
    await applyToContent(tx, content, action);
    if (content.type === 'annotation') {
      // Readers see the placeholder (or the restored note) live.
      changedEssayId = await recordEssayEvent(tx, content.essayId, 'annotation.updated', { id: content.id });
    }
    const entry = await tx.moderationAction.create({
      data: {
        cohortId,
        actorId: viewerId,
        kind: action.kind,
        reason: action.reason,
        subjectUserId: content.authorId,
        ...(content.type === 'annotation' ? { annotationId: content.id } : { argumentId: content.id }),
        details:
          action.kind === 'SLOW_MODE'
            ? { minutes: action.minutes }
            : action.kind === 'MARK_DUPLICATE'
              ? { duplicateOfId: action.duplicateOfId }
              : {},
      },
      select: { id: true },
    });
    if (action.kind === 'HIDE' || action.kind === 'MARK_DUPLICATE') {
      await tx.flag.updateMany({
        where: { status: 'OPEN', ...(content.type === 'annotation' ? { annotationId: content.id } : { argumentId: content.id }) },
        data: { status: 'ACTIONED', resolvedById: viewerId, resolvedAt: new Date() },
      });
    }
    await notify(tx, viewerId, [
      {
        userId: content.authorId,
        kind: 'MODERATION',
        title: `A moderator applied "${action.kind.toLowerCase().replace('_', ' ')}" to your ${content.type}: ${action.reason}`,
        href: `/cohorts/${cohortId}/ledger#${entry.id}`,
        payload: { actionId: entry.id },
      },
    ]);
    return { actionId: entry.id };
  });
  if (changedEssayId) wakeEssay(changedEssayId);
  return result;
}

async function applyToContent(tx: TTx, content: TContent, action: Exclude<TModerate, { kind: 'SUSPEND' | 'UNSUSPEND' }>): Promise<void> {
  const now = new Date();
  const state = CONTENT_STATE[action.kind];
  if (state) {
    const data = Object.fromEntries(Object.entries(state).map(([key, value]) => [key, value === null ? null : now]));
    if (content.type === 'annotation') await tx.annotation.update({ where: { id: content.id }, data });
    else await tx.argument.update({ where: { id: content.id }, data });
    return;
  }
  if (action.kind === 'SLOW_MODE') {
    const data = { slowModeMinutes: action.minutes === 0 ? null : action.minutes };
    if (content.type === 'annotation') await tx.annotation.update({ where: { id: content.id }, data });
    else await tx.argument.update({ where: { id: content.id }, data });
    return;
  }
  if (action.kind !== 'MARK_DUPLICATE') return;
  // MARK_DUPLICATE: the copy points at the original, and its impact votes move there (a voter who
  // voted on both keeps their vote on the original).
  const original = await tx.argument.findUnique({ where: { id: action.duplicateOfId }, select: { essayId: true, duplicateOfId: true } });
  if (!original || original.essayId !== content.essayId)
    throw new AppError('BAD_REQUEST', 'The original must be an argument on the same essay.');
  if (action.duplicateOfId === content.id || original.duplicateOfId === content.id)
    throw new AppError('BAD_REQUEST', 'An argument cannot be a duplicate of itself.');
  await tx.$executeRaw`
    UPDATE "ImpactVote" AS v SET "argumentId" = ${action.duplicateOfId}
    WHERE v."argumentId" = ${content.id}
      AND NOT EXISTS (SELECT 1 FROM "ImpactVote" o WHERE o."argumentId" = ${action.duplicateOfId} AND o."userId" = v."userId")`;
  await tx.impactVote.deleteMany({ where: { argumentId: content.id } });
  await tx.argument.update({ where: { id: content.id }, data: { duplicateOfId: action.duplicateOfId } });
}

async function suspend(
  tx: TTx,
  viewerId: string,
  standing: TStanding,
  cohortId: string,
  action: Extract<TModerate, { kind: 'SUSPEND' | 'UNSUSPEND' }>,
) {
  const member = await tx.membership.findUnique({
    where: { cohortId_userId: { cohortId, userId: action.userId } },
    select: { role: true },
  });
  if (!member) throw new AppError('NOT_FOUND', 'That person is not a member of this cohort.');
  const needed = sanctionActionFor(member.role);
  if (needed === null) throw new AppError('FORBIDDEN', 'Owners cannot be suspended: an owner can make them a moderator or member first.');
  if (!can(standing, needed, { isPrivate: true }))
    throw new AppError('FORBIDDEN', 'Only an owner can suspend a moderator, or lift their suspension.');
  const until = action.kind === 'SUSPEND' ? new Date(Date.now() + action.days * 24 * 3600 * 1000) : null;
  await tx.membership.update({ where: { cohortId_userId: { cohortId, userId: action.userId } }, data: { suspendedUntil: until } });
  await recordSanction(tx, cohortId, action.userId, { suspendedUntil: until });
  const entry = await tx.moderationAction.create({
    data: {
      cohortId,
      actorId: viewerId,
      kind: action.kind,
      reason: action.reason,
      subjectUserId: action.userId,
      details: until ? { until: until.toISOString() } : {},
    },
    select: { id: true },
  });
  await notify(tx, viewerId, [
    {
      userId: action.userId,
      kind: 'MODERATION',
      title:
        action.kind === 'SUSPEND' ? `You are suspended until ${until!.toDateString()}: ${action.reason}` : 'Your suspension was lifted.',
      href: `/cohorts/${cohortId}/ledger#${entry.id}`,
    },
  ]);
  return { actionId: entry.id };
}
