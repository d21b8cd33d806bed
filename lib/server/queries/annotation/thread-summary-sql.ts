import 'server-only';
import { Prisma } from '@/lib/generated/prisma/client';
import { db } from '@/lib/server/db/client';
import { noteVisibleSql } from '@/lib/server/queries/annotation/annotation-view-sql';

export type TThreadSummaryRow = { anchored: number; orphaned: number; authorIds: string[]; tags: string[] };

const visibleRootsSql = (viewerId: string | null, essayId: string) =>
  Prisma.sql`a."essayId" = ${essayId} AND a."parentId" IS NULL AND ${noteVisibleSql(viewerId)}`;

/**
 * The tab sizes (every root the viewer may read, placeholders included, as the tabs counted them)
 * and the filters' options: authors and tags of roots that still show them (not deleted; a hidden
 * note's tags are withheld). One statement, one pass over the essay's roots.
 */
export async function readThreadSummary(viewerId: string | null, essayId: string): Promise<TThreadSummaryRow> {
  const [row] = await db.$queryRaw<TThreadSummaryRow[]>`
    WITH roots AS (
      SELECT a."anchorStatus", a."start", a."end", a."authorId", a.tags, a."deletedAt", a."hiddenAt"
      FROM "Annotation" a
      WHERE ${visibleRootsSql(viewerId, essayId)}
    )
    SELECT
      (SELECT count(*) FROM roots WHERE "anchorStatus" <> 'ORPHANED' AND "start" IS NOT NULL AND "end" IS NOT NULL)::int AS anchored,
      (SELECT count(*) FROM roots WHERE "anchorStatus" = 'ORPHANED')::int AS orphaned,
      ARRAY(SELECT DISTINCT "authorId" FROM roots WHERE "deletedAt" IS NULL) AS "authorIds",
      ARRAY(SELECT DISTINCT t FROM roots, unnest(roots.tags) t WHERE "deletedAt" IS NULL AND "hiddenAt" IS NULL) AS tags`;
  return row!;
}

/** Authors of the roots the viewer may read that still show them: the candidates for `author=`. */
export async function readLiveRootAuthorIds(viewerId: string | null, essayId: string): Promise<string[]> {
  const rows = await db.$queryRaw<{ authorId: string }[]>`
    SELECT DISTINCT a."authorId" FROM "Annotation" a
    WHERE ${visibleRootsSql(viewerId, essayId)} AND a."deletedAt" IS NULL`;
  return rows.map((r) => r.authorId);
}
