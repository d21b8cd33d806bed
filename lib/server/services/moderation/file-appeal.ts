import 'server-only';
import { ZAppeal } from '@/lib/schemas/moderation';
import { getCohortAccess } from '@/lib/server/access/cohort-access';
import { db } from '@/lib/server/db/client';
import { AppError } from '@/lib/server/errors';
import { notify } from '@/lib/server/services/notification/notify';
import { parseInput } from '@/lib/server/validation';

/** The person a moderation action was about may appeal it, once; the cohort's moderators are told. */
export async function fileAppeal(viewerId: string, actionId: string, input: unknown): Promise<{ id: string }> {
  const data = parseInput(ZAppeal, input);
  return db.$transaction(async (tx) => {
    const action = await tx.moderationAction.findUnique({
      where: { id: actionId },
      select: { cohortId: true, subjectUserId: true, appeal: { select: { id: true } } },
    });
    if (!action) throw new AppError('NOT_FOUND', 'No such moderation action.');
    await getCohortAccess(tx, viewerId, action.cohortId); // outsiders: 404
    if (action.subjectUserId !== viewerId) throw new AppError('FORBIDDEN', 'Only the person whose content was moderated can appeal.');
    if (action.appeal) throw new AppError('CONFLICT', 'You already appealed this action; a moderator will decide.');
    const appeal = await tx.appeal.create({ data: { actionId, filerId: viewerId, text: data.text }, select: { id: true } });
    const moderators = await tx.membership.findMany({
      where: { cohortId: action.cohortId, role: { in: ['OWNER', 'MODERATOR'] } },
      select: { userId: true },
    });
    await notify(
      tx,
      viewerId,
      moderators.map((m) => ({
        userId: m.userId,
        kind: 'APPEAL' as const,
        title: 'A member appealed a moderation action.',
        href: `/cohorts/${action.cohortId}/moderation`,
      })),
    );
    return appeal;
  });
}
