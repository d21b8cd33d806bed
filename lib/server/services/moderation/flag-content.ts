import 'server-only';
import { ZFlag } from '@/lib/schemas/moderation';
import { assertCohortCan, getCohortAccess } from '@/lib/server/access/cohort-access';
import { getEssayAccess } from '@/lib/server/access/essay-access';
import { db } from '@/lib/server/db/client';
import { AppError } from '@/lib/server/errors';
import { resolveContent } from '@/lib/server/services/moderation/resolve-content';
import { parseInput } from '@/lib/server/validation';

/** Any member flags a note, reply or argument for the moderators' queue. */
export async function flagContent(viewerId: string, input: unknown): Promise<{ id: string }> {
  const data = parseInput(ZFlag, input);
  return db.$transaction(async (tx) => {
    const content = await resolveContent(tx, data.target);
    const access = await getCohortAccess(tx, viewerId, content.cohortId).catch(() => {
      throw new AppError('NOT_FOUND', `No such ${data.target.type}.`);
    });
    assertCohortCan(access, 'flag.create');
    // "Post before you see" (ADR 0010): someone else's note or argument does not exist for a
    // member who has not posted on the essay, so it cannot be flagged by its id either.
    if (content.authorId !== viewerId && !(await getEssayAccess(tx, viewerId, { id: content.essayId })).seesOthers) {
      throw new AppError('NOT_FOUND', `No such ${data.target.type}.`);
    }
    const open = await tx.flag.findFirst({
      where: {
        reporterId: viewerId,
        status: 'OPEN',
        ...(content.type === 'annotation' ? { annotationId: content.id } : { argumentId: content.id }),
      },
      select: { id: true },
    });
    if (open) throw new AppError('CONFLICT', 'You already flagged this; moderators will look at it.');
    return tx.flag.create({
      data: {
        cohortId: content.cohortId,
        reporterId: viewerId,
        reason: data.reason,
        note: data.note ?? null,
        ...(content.type === 'annotation' ? { annotationId: content.id } : { argumentId: content.id }),
      },
      select: { id: true },
    });
  });
}
