import 'server-only';
import type { TApiAnnotationPage, TApiAnnotationQuery } from '@/lib/schemas/api-v1';
import { annotationVisibleWhere } from '@/lib/server/access/annotation-access';
import { displayNamesFor } from '@/lib/server/access/display-names';
import { getEssayAccess } from '@/lib/server/access/essay-access';
import { decodeCursor, toPage } from '@/lib/server/api-v1/cursor';
import { db } from '@/lib/server/db/client';
import { ANNOTATION_VIEW_SELECT, toAnnotationView } from '@/lib/server/queries/annotation/annotation-view';

/**
 * One page of an essay's annotation threads for the viewer: notes that start a thread, in
 * (createdAt, id) order after the cursor, each with every reply the viewer may see. Two queries
 * per page. Visibility is the web app's (annotationVisibleWhere): others' private notes never
 * appear; deleted and hidden notes keep their place with their words withheld.
 */
export async function listAnnotationThreadsForViewer(
  viewerId: string | null,
  slug: string,
  query: TApiAnnotationQuery,
): Promise<TApiAnnotationPage> {
  const access = await getEssayAccess(db, viewerId, { slug });
  const after = query.cursor === undefined ? null : decodeCursor(query.cursor);
  const roots = await db.annotation.findMany({
    where: {
      AND: [
        { essayId: access.essayId, parentId: null },
        annotationVisibleWhere(viewerId, access.seesOthers),
        ...(query.claim === undefined ? [] : [{ claims: { some: { claimId: query.claim } } }]),
        ...(query.motivation === undefined ? [] : [{ motivation: query.motivation }]),
        ...(after === null ? [] : [{ OR: [{ createdAt: { gt: after.createdAt } }, { createdAt: after.createdAt, id: { gt: after.id } }] }]),
      ],
    },
    orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
    take: query.limit + 1,
    select: ANNOTATION_VIEW_SELECT,
  });
  const { items, nextCursor } = toPage(roots, query.limit, (row) => row);
  const replies =
    items.length === 0
      ? []
      : await db.annotation.findMany({
          where: { AND: [{ rootId: { in: items.map((row) => row.id) } }, annotationVisibleWhere(viewerId, access.seesOthers)] },
          orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
          select: ANNOTATION_VIEW_SELECT,
        });
  const names = await displayNamesFor(
    db,
    { viewerId, ...access },
    [...items, ...replies].map((row) => row.authorId),
  );
  const view = (row: (typeof replies)[number]) => toAnnotationView(row, names);
  return {
    annotations: items.map((row) => ({ ...view(row), replies: replies.filter((r) => r.rootId === row.id).map(view) })),
    nextCursor,
  };
}
