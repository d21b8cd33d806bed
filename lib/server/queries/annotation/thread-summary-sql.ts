import 'server-only';
import { Prisma } from '@/lib/generated/prisma/client';
import { poolQuery } from '@/lib/server/db/pool-query';
import { noteVisibleSql } from '@/lib/server/queries/annotation/annotation-view-sql';
import { ESSAY_SCAN_KEY_COLUMNS, essayScanKey, essayScanMemory } from '@/lib/server/queries/annotation/essay-scan-memory';

export type TThreadSummaryRow = { anchored: number; orphaned: number; authorIds: string[]; tags: string[] };

const visibleRootsSql = (viewerId: string | null, seesOthers: boolean, essayId: string) =>
  Prisma.sql`a."essayId" = ${essayId} AND a."parentId" IS NULL AND ${noteVisibleSql(viewerId, seesOthers)}`;

// The summary of the COHORT roots, the same for every reader; at most 50,000 ids and tags in all (a few MB).
const sharedSummaries = essayScanMemory<TThreadSummaryRow>(50_000, (row) => 1 + row.authorIds.length + row.tags.length);

/** The summary's columns over the roots in `roots` (one pass; the statement defines `roots`). */
const SUMMARY_COLUMNS = Prisma.sql`
  (SELECT count(*) FROM roots WHERE "anchorStatus" <> 'ORPHANED' AND "start" IS NOT NULL AND "end" IS NOT NULL)::int AS anchored,
  (SELECT count(*) FROM roots WHERE "anchorStatus" = 'ORPHANED')::int AS orphaned,
  ARRAY(SELECT DISTINCT "authorId" FROM roots WHERE "deletedAt" IS NULL) AS "authorIds",
  ARRAY(SELECT DISTINCT t FROM roots, unnest(roots.tags) t WHERE "deletedAt" IS NULL AND "hiddenAt" IS NULL) AS tags`;

/**
 * The tab sizes (every root the viewer may read, placeholders included, as the tabs counted them)
 * and the filters' options: authors and tags of roots that still show them (not deleted; a hidden
 * note's tags are withheld). Whether the essay is readable is checked by the caller.
 *
 * The COHORT roots' part is the same for every viewer, so it is kept in memory per essay
 * (essay-scan-memory.ts); per request one indexed statement reads its key and the viewer's own
 * private roots (by author), which are added here.
 *
 * A viewer who does not see others' notes ("post before you see", `seesOthers` false) never
 * touches the shared part: their summary is their own roots, every visibility, read per request.
 */
export async function readThreadSummary(viewerId: string | null, essayId: string, seesOthers: boolean): Promise<TThreadSummaryRow> {
  const ownVisibility = seesOthers ? Prisma.sql`AND a.visibility <> 'COHORT'` : Prisma.empty;
  // On the pool directly (pool-query.ts), as the page's own statement: every sidebar's first page reads it.
  const [own] = await poolQuery<TThreadSummaryRow & { revisionId: string | null; latestEventId: bigint }>(Prisma.sql`
    WITH roots AS (
      SELECT a."anchorStatus", a."start", a."end", a."authorId", a.tags, a."deletedAt", a."hiddenAt"
      FROM "Annotation" a
      WHERE a."authorId" = ${viewerId} AND a."essayId" = ${essayId} AND a."parentId" IS NULL ${ownVisibility}
    )
    SELECT ${Prisma.raw(ESSAY_SCAN_KEY_COLUMNS)}, ${SUMMARY_COLUMNS}
    FROM "Essay" essay
    WHERE essay.id = ${essayId}`);
  if (!own) return { anchored: 0, orphaned: 0, authorIds: [], tags: [] };
  if (!seesOthers) return { anchored: own.anchored, orphaned: own.orphaned, authorIds: own.authorIds, tags: own.tags };
  const key = essayScanKey(own.revisionId, own.latestEventId);
  let shared = sharedSummaries.get(essayId, key);
  if (!shared) {
    const [row] = await poolQuery<TThreadSummaryRow>(Prisma.sql`
      WITH roots AS (
        SELECT a."anchorStatus", a."start", a."end", a."authorId", a.tags, a."deletedAt", a."hiddenAt"
        FROM "Annotation" a
        WHERE a."essayId" = ${essayId} AND a."parentId" IS NULL AND a.visibility = 'COHORT'
      )
      SELECT ${SUMMARY_COLUMNS}`);
    shared = row!;
    sharedSummaries.set(essayId, key, shared);
  }
  return {
    anchored: shared.anchored + own.anchored,
    orphaned: shared.orphaned + own.orphaned,
    authorIds: [...new Set([...shared.authorIds, ...own.authorIds])],
    tags: [...new Set([...shared.tags, ...own.tags])],
  };
}

/** Authors of the roots the viewer may read that still show them: the candidates for `author=`. */
export async function readLiveRootAuthorIds(viewerId: string | null, essayId: string, seesOthers: boolean): Promise<string[]> {
  const rows = await poolQuery<{ authorId: string }>(Prisma.sql`
    SELECT DISTINCT a."authorId" FROM "Annotation" a
    WHERE ${visibleRootsSql(viewerId, seesOthers, essayId)} AND a."deletedAt" IS NULL`);
  return rows.map((r) => r.authorId);
}
