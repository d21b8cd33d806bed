import 'server-only';
import { ZEditAnnotation, type TFullAnnotationView } from '@/lib/schemas/annotation';
import { displayNamesFor } from '@/lib/server/access/display-names';
import { assertCan } from '@/lib/server/access/essay-access';
import { assertAuthorOf, getAnnotationAccess } from '@/lib/server/access/get-annotation-access';
import { db } from '@/lib/server/db/client';
import { AppError } from '@/lib/server/errors';
import { wakeEssay } from '@/lib/server/live/essay-hub';
import { recordEssayEvent } from '@/lib/server/live/record-essay-event';
import { withRenderedBody } from '@/lib/server/markdown/stored-note-html';
import { ANNOTATION_VIEW_SELECT, toAnnotationView } from '@/lib/server/queries/annotation/annotation-view';
import { parseInput } from '@/lib/server/validation';

/** Edits one's own note; the previous body and tags go into its history. */
export async function editAnnotation(viewerId: string, annotationId: string, input: unknown): Promise<TFullAnnotationView> {
  const data = parseInput(ZEditAnnotation, input);
  const result = await db.$transaction(async (tx) => {
    const access = await getAnnotationAccess(tx, viewerId, annotationId);
    assertCan(access.essay, 'annotation.create');
    assertAuthorOf(access, viewerId, 'edit');
    const before = await tx.annotation.findUniqueOrThrow({
      where: { id: annotationId },
      select: { body: true, tags: true, motivation: true },
    });
    if (
      data.body.trim() === '' &&
      (before.motivation === 'COMMENTING' || before.motivation === 'QUESTIONING' || before.motivation === 'REPLYING')
    ) {
      throw new AppError('BAD_REQUEST', 'Write something: an empty note says nothing. To remove it, delete it.');
    }
    await tx.annotationEdit.create({ data: { annotationId, editorId: viewerId, body: before.body, tags: before.tags } });
    const row = await tx.annotation.update({
      where: { id: annotationId },
      data: { ...withRenderedBody(data.body), ...(data.tags ? { tags: [...new Set(data.tags)] } : {}), editedAt: new Date() },
      select: ANNOTATION_VIEW_SELECT,
    });
    const view = toAnnotationView(row, await displayNamesFor(tx, { viewerId, ...access.essay }, [row.authorId]));
    await recordEssayEvent(tx, access.essay.essayId, 'annotation.updated', view);
    return { view, essayId: access.essay.essayId };
  });
  wakeEssay(result.essayId);
  return result.view;
}
