import 'server-only';
import type { TAnnotationView } from '@/lib/schemas/annotation';
import { annotationVisibleWhere } from '@/lib/server/access/annotation-access';
import { displayNamesFor, nameViewerOfEssay } from '@/lib/server/access/display-names';
import { db } from '@/lib/server/db/client';
import { ANNOTATION_VIEW_SELECT, toAnnotationView } from '@/lib/server/queries/annotation/annotation-view';

/**
 * Every annotation of an essay the viewer may see: threads' roots in document order (orphans
 * last), then replies oldest first. One query (index Annotation(essayId, anchorStatus, start)).
 * `ids` narrows it to some notes: the live stream uses it, so a streamed note is shaped (and
 * withheld) exactly as the list shows it.
 */
export async function listAnnotationsForViewer(
  viewerId: string | null,
  essayId: string,
  options: { ids?: readonly string[] } = {},
): Promise<TAnnotationView[]> {
  const rows = await db.annotation.findMany({
    where: { AND: [{ essayId }, annotationVisibleWhere(viewerId), ...(options.ids ? [{ id: { in: [...options.ids] } }] : [])] },
    orderBy: [{ start: { sort: 'asc', nulls: 'last' } }, { createdAt: 'asc' }],
    select: ANNOTATION_VIEW_SELECT,
  });
  const roots = rows.filter((row) => row.parentId === null);
  const replies = rows.filter((row) => row.parentId !== null);
  if (rows.length === 0) return [];
  const names = await displayNamesFor(
    db,
    await nameViewerOfEssay(db, viewerId, essayId),
    rows.map((row) => row.authorId),
  );
  return [...roots, ...replies].map((row) => toAnnotationView(row, names));
}
