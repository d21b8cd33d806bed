import 'server-only';
import { annotationVisibleWhere } from '@/lib/server/access/annotation-access';
import { db } from '@/lib/server/db/client';
import type { TCsvAccess } from '@/lib/server/queries/csv/csv-access';
import type { TCsvTable } from '@/lib/server/queries/csv/csv-table';
import { peopleColumns } from '@/lib/server/queries/csv/people-columns';

/**
 * Every note and reply the exporter may see (others' private notes never), oldest first. Deleted
 * and moderator-hidden notes keep their row, for thread structure, without their words.
 */
export async function annotationsCsv(access: TCsvAccess): Promise<TCsvTable> {
  const rows = await db.annotation.findMany({
    where: { AND: [{ essayId: access.essayId }, annotationVisibleWhere(access.viewerId, access.seesOthers)] },
    orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
    select: {
      id: true,
      rootId: true,
      parentId: true,
      authorId: true,
      motivation: true,
      visibility: true,
      body: true,
      tags: true,
      anchorStatus: true,
      start: true,
      end: true,
      createdAt: true,
      editedAt: true,
      deletedAt: true,
      hiddenAt: true,
      claims: { select: { claimId: true } },
    },
  });
  const people = await peopleColumns(
    access,
    rows.map((r) => r.authorId),
  );
  return {
    headers: [
      'annotation_id',
      'thread_id',
      'parent_id',
      ...people.headers('author'),
      'motivation',
      'visibility',
      'body',
      'tags',
      'claim_ids',
      'anchor_status',
      'start',
      'end',
      'created_at',
      'edited_at',
      'is_deleted',
      'is_hidden',
    ],
    rows: rows.map((r) => {
      const isWithheld = r.deletedAt !== null || r.hiddenAt !== null;
      return [
        r.id,
        r.rootId ?? r.id,
        r.parentId,
        ...people.cells(r.authorId),
        r.motivation,
        r.visibility,
        isWithheld ? '' : r.body,
        isWithheld ? '' : r.tags.join(';'),
        r.claims.map((c) => c.claimId).join(';'),
        r.anchorStatus,
        r.start,
        r.end,
        r.createdAt,
        r.editedAt,
        r.deletedAt !== null,
        r.hiddenAt !== null,
      ];
    }),
  };
}
