import 'server-only';
import { ZCreateReply, type TAnnotationView } from '@/lib/schemas/annotation';
import { assertCan } from '@/lib/server/access/essay-access';
import { getAnnotationAccess } from '@/lib/server/access/get-annotation-access';
import { db } from '@/lib/server/db/client';
import { AppError } from '@/lib/server/errors';
import { wakeEssay } from '@/lib/server/live/essay-hub';
import { recordEssayEvent } from '@/lib/server/live/record-essay-event';
import { ANNOTATION_VIEW_SELECT, toAnnotationView } from '@/lib/server/queries/annotation/annotation-view';
import { parseInput } from '@/lib/server/validation';

/** Replies to a note or another reply. A reply to a private note stays private to its thread. */
export async function replyToAnnotation(viewerId: string, parentId: string, input: unknown): Promise<TAnnotationView> {
  const data = parseInput(ZCreateReply, input);
  const result = await db.$transaction(async (tx) => {
    const { essay, annotation: parent } = await getAnnotationAccess(tx, viewerId, parentId);
    assertCan(essay, 'annotation.create');
    if (parent.deletedAt) throw new AppError('CONFLICT', 'This note was deleted: reply to the thread instead.');
    if (parent.hiddenAt) throw new AppError('CONFLICT', 'A moderator hid this note: it takes no replies.');
    if (parent.lockedAt ?? parent.rootLockedAt) throw new AppError('FORBIDDEN', 'This thread is locked by a moderator.');
    const current = await tx.essay.findUniqueOrThrow({ where: { id: essay.essayId }, select: { currentRevisionId: true } });
    const row = await tx.annotation.create({
      data: {
        essayId: essay.essayId,
        revisionId: current.currentRevisionId!,
        authorId: viewerId,
        parentId: parent.id,
        rootId: parent.rootId ?? parent.id,
        motivation: 'REPLYING',
        body: data.body,
        visibility: parent.visibility,
      },
      select: ANNOTATION_VIEW_SELECT,
    });
    const view = toAnnotationView(row);
    await recordEssayEvent(tx, essay.essayId, 'annotation.created', view);
    return { view, essayId: essay.essayId };
  });
  wakeEssay(result.essayId);
  return result.view;
}
