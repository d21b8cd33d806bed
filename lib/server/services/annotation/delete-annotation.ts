import 'server-only';
import type { TFullAnnotationView } from '@/lib/schemas/annotation';
import { displayNamesFor } from '@/lib/server/access/display-names';
import { assertAuthorOf, getAnnotationAccess } from '@/lib/server/access/get-annotation-access';
import { db } from '@/lib/server/db/client';
import { wakeEssay } from '@/lib/server/live/essay-hub';
import { recordEssayEvent } from '@/lib/server/live/record-essay-event';
import { ANNOTATION_VIEW_SELECT, toAnnotationView } from '@/lib/server/queries/annotation/annotation-view';

/** Soft-deletes one's own note: the thread keeps a "deleted" placeholder and all its replies. */
export async function deleteAnnotation(viewerId: string, annotationId: string): Promise<TFullAnnotationView> {
  const result = await db.$transaction(async (tx) => {
    const access = await getAnnotationAccess(tx, viewerId, annotationId);
    assertAuthorOf(access, viewerId, 'delete');
    const row = await tx.annotation.update({
      where: { id: annotationId },
      data: { deletedAt: new Date() },
      select: ANNOTATION_VIEW_SELECT,
    });
    const view = toAnnotationView(row, await displayNamesFor(tx, { viewerId, ...access.essay }, [row.authorId]));
    await recordEssayEvent(tx, access.essay.essayId, 'annotation.deleted', view);
    return { view, essayId: access.essay.essayId };
  });
  wakeEssay(result.essayId);
  return result.view;
}
