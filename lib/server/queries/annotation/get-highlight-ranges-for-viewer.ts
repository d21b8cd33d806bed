import 'server-only';
import { Prisma } from '@/lib/generated/prisma/client';
import { standingOf, type TCohortRole } from '@/lib/domain/access/permissions';
import { addOwnHighlights, type TDepthRun } from '@/lib/domain/reading/add-own-highlights';
import { seesOthersContributions } from '@/lib/domain/reading/discussion-rules';
import { MAX_HIGHLIGHT_DENSITY, type THighlightRange } from '@/lib/schemas/thread';
import { essayNotHiddenDraftSql } from '@/lib/server/access/essay-access';
import { poolQuery } from '@/lib/server/db/pool-query';
import { ESSAY_SCAN_KEY_COLUMNS, essayScanKey } from '@/lib/server/queries/annotation/essay-scan-memory';
import { keepSharedHighlights, readSharedHighlights } from '@/lib/server/queries/annotation/shared-highlight-cache';

type TViewerPart = {
  readable: boolean;
  revisionId: string | null;
  latestEventId: bigint;
  /** The viewer's own placed roots: private ones, and (read only for "post before you see") shared ones. */
  own: [number, number][];
  ownShared: [number, number][];
  cohortId: string | null;
  role: TCohortRole | null;
  suspendedUntil: Date | null;
  postBeforeSee: boolean;
  isEssayAuthor: boolean;
  hasUnlocked: boolean;
};

/** The reader's highlights, and the change feed's position they were read at (its live stream resumes there). */
export type TReaderHighlights = { ranges: THighlightRange[]; liveSince: bigint };

/**
 * Where the essay is highlighted for this viewer, as merged runs of text with a density
 * (min(notes over the run, MAX_HIGHLIGHT_DENSITY)), ordered by start. The notes counted are the
 * ones the sidebar draws: live, placed thread roots the viewer may read (others' private notes
 * never count; `annotationVisibleWhere` in SQL, essay readability included).
 *
 * The notes everyone may read (COHORT) are the same for every viewer, so their runs are kept in
 * memory (shared-highlight-cache.ts) and only the viewer's part is read per request, in one
 * indexed statement: whether they may read the essay (never cached), their own private notes,
 * and the cache key. The key is read BEFORE the shared runs are computed, so whatever is stored
 * under it is at least as new as the key says.
 *
 * SECURITY ("post before you see", ADR 0010): a viewer who does not see others' notes is drawn
 * their own notes only — the shared runs are neither read nor taken from memory for them, and
 * their own shared notes (in no cache) come from the same per-request statement.
 *
 * `liveSince` is the feed's latest event as that statement saw it. The viewer's own notes are
 * read in the same snapshot, and the shared runs are at least that new, so a note either is in
 * the ranges or comes later on the live stream from `liveSince` (or both: the reader counts a
 * note once by its id) — never neither. It costs no statement of its own: it is the cache key's.
 */
export async function getHighlightsForViewer(viewerId: string | null, essayId: string): Promise<TReaderHighlights> {
  // On the pool directly (pool-query.ts), as the shared runs below: every reader view runs it.
  const [viewer] = await poolQuery<TViewerPart>(Prisma.sql`
    SELECT
      ((essay."cohortId" IS NULL OR m.id IS NOT NULL) AND ${essayNotHiddenDraftSql('essay', viewerId)}) AS readable,
      ${Prisma.raw(ESSAY_SCAN_KEY_COLUMNS)},
      COALESCE((
        SELECT json_agg(json_build_array(a."start", a."end"))
        FROM "Annotation" a
        WHERE a."authorId" = ${viewerId} AND a."essayId" = essay.id AND a.visibility <> 'COHORT'
          AND a."parentId" IS NULL AND a."deletedAt" IS NULL AND a."anchorStatus" <> 'ORPHANED'
          AND a."start" IS NOT NULL AND a."end" IS NOT NULL AND a."end" > a."start"
      ), '[]'::json) AS own,
      COALESCE((
        SELECT json_agg(json_build_array(a."start", a."end"))
        FROM "Annotation" a
        WHERE essay."postBeforeSee" AND a."authorId" = ${viewerId} AND a."essayId" = essay.id AND a.visibility = 'COHORT'
          AND a."parentId" IS NULL AND a."deletedAt" IS NULL AND a."anchorStatus" <> 'ORPHANED'
          AND a."start" IS NOT NULL AND a."end" IS NOT NULL AND a."end" > a."start"
      ), '[]'::json) AS "ownShared",
      essay."cohortId", m.role::text AS role, m."suspendedUntil", essay."postBeforeSee",
      (essay."authorUserId" IS NOT NULL AND essay."authorUserId" = ${viewerId}) AS "isEssayAuthor",
      (essay."postBeforeSee" AND EXISTS (
        SELECT 1 FROM "DiscussionUnlock" u WHERE u."essayId" = essay.id AND u."userId" = ${viewerId}
      )) AS "hasUnlocked"
    FROM "Essay" essay
    LEFT JOIN "Membership" m ON m."cohortId" = essay."cohortId" AND m."userId" = ${viewerId}
    WHERE essay.id = ${essayId}`);
  if (!viewer?.readable) return { ranges: [], liveSince: viewer?.latestEventId ?? 0n };
  const liveSince = viewer.latestEventId;
  const membership = viewer.role === null ? null : { role: viewer.role, suspendedUntil: viewer.suspendedUntil };
  const standing = standingOf({ viewerId, cohortId: viewer.cohortId, membership, now: new Date() });
  if (!seesOthersContributions({ ...viewer, standing })) {
    return { ranges: addOwnHighlights([], [...viewer.own, ...viewer.ownShared], MAX_HIGHLIGHT_DENSITY), liveSince };
  }
  const key = essayScanKey(viewer.revisionId, viewer.latestEventId);
  let shared = readSharedHighlights(essayId, key);
  if (!shared) {
    shared = await readSharedDepthRuns(essayId);
    keepSharedHighlights(essayId, key, shared);
  }
  return { ranges: addOwnHighlights(shared, viewer.own, MAX_HIGHLIGHT_DENSITY), liveSince };
}

/**
 * SECURITY: the COHORT notes only, with no viewer and no readability check — callers check both.
 *
 * One statement. Each note becomes a +1 at its start and a -1 at its end; a running sum over the
 * distinct boundaries gives the depth of every segment between them, capped at
 * MAX_HIGHLIGHT_DENSITY (the viewer's own notes are added after, which draws the same:
 * addOwnHighlights); neighbours of equal capped depth are merged. Capped, a busy essay is a few
 * runs (2 on the demo essay at 20,000 notes, against 4,525 exact ones), which every view reads
 * from memory and sweeps. Uses the index Annotation(essayId, anchorStatus, start).
 */
function readSharedDepthRuns(essayId: string): Promise<TDepthRun[]> {
  return poolQuery<TDepthRun>(Prisma.sql`
    WITH roots AS (
      SELECT a."start" AS s, a."end" AS e
      FROM "Annotation" a
      WHERE a."essayId" = ${essayId}
        AND a."parentId" IS NULL
        AND a."deletedAt" IS NULL
        AND a."anchorStatus" <> 'ORPHANED'
        AND a."start" IS NOT NULL AND a."end" IS NOT NULL AND a."end" > a."start"
        AND a.visibility = 'COHORT'
    ),
    boundaries AS (
      SELECT pos, sum(delta) AS delta
      FROM (SELECT s AS pos, 1 AS delta FROM roots UNION ALL SELECT e, -1 FROM roots) events
      GROUP BY pos
    ),
    segments AS (
      SELECT pos AS s,
             lead(pos) OVER (ORDER BY pos) AS e,
             sum(delta) OVER (ORDER BY pos ROWS UNBOUNDED PRECEDING) AS depth
      FROM boundaries
    ),
    drawn AS (
      SELECT s, e, LEAST(depth, ${MAX_HIGHLIGHT_DENSITY}) AS depth FROM segments WHERE e IS NOT NULL AND depth > 0
    ),
    -- A run starts wherever a segment does not continue the previous one (a gap, or another depth).
    starts AS (
      SELECT s, e, depth,
             CASE WHEN lag(e) OVER w = s AND lag(depth) OVER w = depth THEN 0 ELSE 1 END AS is_new
      FROM drawn
      WINDOW w AS (ORDER BY s)
    ),
    runs AS (
      SELECT s, e, depth, sum(is_new) OVER (ORDER BY s ROWS UNBOUNDED PRECEDING) AS run
      FROM starts
    )
    SELECT min(s)::int AS "start", max(e)::int AS "end", min(depth)::int AS density
    FROM runs
    GROUP BY run
    ORDER BY 1`);
}
