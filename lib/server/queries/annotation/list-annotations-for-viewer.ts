import 'server-only';
import type { TAnnotationView } from '@/lib/schemas/annotation';
import { annotationVisibleWhere } from '@/lib/server/access/annotation-access';
import { displayNamesFor } from '@/lib/server/access/display-names';
import { getEssayAccess } from '@/lib/server/access/essay-access';
import { db } from '@/lib/server/db/client';
import { AppError } from '@/lib/server/errors';
import { ANNOTATION_VIEW_SELECT, toAnnotationView } from '@/lib/server/queries/annotation/annotation-view';

/**
 * Every annotation of an essay the viewer may see: threads' roots in document order (orphans
 * last), then replies oldest first. `ids` narrows it to some notes: the live stream uses it, so a
 * streamed note is shaped (and withheld) exactly as the list shows it.
 */
export async function listAnnotationsForViewer(
  viewerId: string | null,
  essayId: string,
  options: { ids?: readonly string[] } = {},
): Promise<TAnnotationView[]> {
  return (await readAnnotationsForViewer(viewerId, essayId, options)).views;
}

/**
 * The same, with whether the viewer now sees others' notes ("post before you see"): the live
 * stream tells a viewer to reload when that changes. Two statements (the access check, which
 * also names the viewer's standing for display names, then the notes; a third for the names when
 * there are notes), on index Annotation(essayId, anchorStatus, start). An essay the viewer may
 * not read has no notes for them.
 */
export async function readAnnotationsForViewer(
  viewerId: string | null,
  essayId: string,
  options: { ids?: readonly string[] } = {},
): Promise<{ views: TAnnotationView[]; seesOthers: boolean }> {
  let access;
  try {
    access = await getEssayAccess(db, viewerId, { id: essayId });
  } catch (error) {
    if (error instanceof AppError && error.code === 'NOT_FOUND') return { views: [], seesOthers: false };
    throw error;
  }
  const rows = await db.annotation.findMany({
    where: {
      AND: [{ essayId }, annotationVisibleWhere(viewerId, access.seesOthers), ...(options.ids ? [{ id: { in: [...options.ids] } }] : [])],
    },
    orderBy: [{ start: { sort: 'asc', nulls: 'last' } }, { createdAt: 'asc' }],
    select: ANNOTATION_VIEW_SELECT,
  });
  if (rows.length === 0) return { views: [], seesOthers: access.seesOthers };
  const roots = rows.filter((row) => row.parentId === null);
  const replies = rows.filter((row) => row.parentId !== null);
  const names = await displayNamesFor(
    db,
    { viewerId, cohortId: access.cohortId, standing: access.standing },
    rows.map((row) => row.authorId),
  );
  return { views: [...roots, ...replies].map((row) => toAnnotationView(row, names)), seesOthers: access.seesOthers };
}
