import 'server-only';
import type { TAnnotationView, TFullAnnotationView } from '@/lib/schemas/annotation';
import { annotationVisibleWhere } from '@/lib/server/access/annotation-access';
import { displayNamesFor } from '@/lib/server/access/display-names';
import { getEssayAccess } from '@/lib/server/access/essay-access';
import { db } from '@/lib/server/db/client';
import { AppError } from '@/lib/server/errors';
import { ANNOTATION_VIEW_SELECT, toAnnotationView } from '@/lib/server/queries/annotation/annotation-view';

/**
 * Every annotation of an essay the viewer may see: threads' roots in document order (orphans
 * last), then replies oldest first, each with its Markdown source (an idempotent replay answers
 * with one). `ids` narrows it to some notes.
 */
export async function listAnnotationsForViewer(
  viewerId: string | null,
  essayId: string,
  options: { ids?: readonly string[] } = {},
): Promise<TFullAnnotationView[]> {
  const read = await readVisibleNotes(viewerId, essayId, options);
  return read === null ? [] : read.rows.map((row) => toAnnotationView(row, read.names));
}

/**
 * The same for the live stream, with whether the viewer now sees others' notes ("post before you
 * see": the stream tells a viewer to reload when that changes). Shaped (and withheld) exactly as
 * the thread API shows a note: the Markdown source only on the viewer's own (TNoteSource 'own').
 */
export async function readAnnotationsForViewer(
  viewerId: string | null,
  essayId: string,
  options: { ids?: readonly string[] } = {},
): Promise<{ views: TAnnotationView[]; seesOthers: boolean }> {
  const read = await readVisibleNotes(viewerId, essayId, options);
  if (read === null) return { views: [], seesOthers: false };
  return { views: read.rows.map((row) => toAnnotationView(row, read.names, 'own')), seesOthers: read.seesOthers };
}

/**
 * Two statements (the access check, which also names the viewer's standing for display names,
 * then the notes; a third for the names when there are notes), on index Annotation(essayId,
 * anchorStatus, start). Null when the viewer may not read the essay: it has no notes for them.
 */
async function readVisibleNotes(viewerId: string | null, essayId: string, options: { ids?: readonly string[] }) {
  let access;
  try {
    access = await getEssayAccess(db, viewerId, { id: essayId });
  } catch (error) {
    if (error instanceof AppError && error.code === 'NOT_FOUND') return null;
    throw error;
  }
  const rows = await db.annotation.findMany({
    where: {
      AND: [{ essayId }, annotationVisibleWhere(viewerId, access.seesOthers), ...(options.ids ? [{ id: { in: [...options.ids] } }] : [])],
    },
    orderBy: [{ start: { sort: 'asc', nulls: 'last' } }, { createdAt: 'asc' }],
    select: ANNOTATION_VIEW_SELECT,
  });
  const nameViewer = { viewerId, cohortId: access.cohortId, standing: access.standing };
  const names = await displayNamesFor(
    db,
    nameViewer,
    rows.map((row) => row.authorId),
  );
  const roots = rows.filter((row) => row.parentId === null);
  const replies = rows.filter((row) => row.parentId !== null);
  return { rows: [...roots, ...replies], names, seesOthers: access.seesOthers };
}
