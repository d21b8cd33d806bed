import 'server-only';
import { MAX_HIGHLIGHT_DENSITY, type THighlightRange } from '@/lib/schemas/thread';
import { db } from '@/lib/server/db/client';

/**
 * Where the essay is highlighted for this viewer, as merged runs of text with a density
 * (min(notes over the run, MAX_HIGHLIGHT_DENSITY)), ordered by start. The notes counted are the
 * ones the sidebar draws: live, placed thread roots the viewer may read (others' private notes
 * never count; `annotationVisibleWhere` in SQL, essay readability included).
 *
 * One statement. Each note becomes a +1 at its start and a -1 at its end; a running sum over the
 * distinct boundaries gives the depth of every segment between them. Capping the depth and merging
 * neighbours of equal density is what bounds the answer by the essay's length rather than by the
 * number of notes: at most one range per boundary, and in practice a few per paragraph.
 * Uses the index Annotation(essayId, anchorStatus, start).
 */
export async function getHighlightRangesForViewer(viewerId: string | null, essayId: string): Promise<THighlightRange[]> {
  return db.$queryRaw<THighlightRange[]>`
    WITH roots AS (
      SELECT a."start" AS s, a."end" AS e
      FROM "Annotation" a
      JOIN "Essay" essay ON essay.id = a."essayId"
      WHERE a."essayId" = ${essayId}
        AND a."parentId" IS NULL
        AND a."deletedAt" IS NULL
        AND a."anchorStatus" <> 'ORPHANED'
        AND a."start" IS NOT NULL AND a."end" IS NOT NULL AND a."end" > a."start"
        AND (a.visibility = 'COHORT' OR a."authorId" = ${viewerId})
        AND (essay."cohortId" IS NULL OR EXISTS (
          SELECT 1 FROM "Membership" m WHERE m."cohortId" = essay."cohortId" AND m."userId" = ${viewerId}
        ))
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
      SELECT s, e, least(depth, ${MAX_HIGHLIGHT_DENSITY}::int) AS density
      FROM segments
      WHERE e IS NOT NULL AND depth > 0
    ),
    -- A run starts wherever a segment does not continue the previous one (a gap, or another density).
    starts AS (
      SELECT s, e, density,
             CASE WHEN lag(e) OVER w = s AND lag(density) OVER w = density THEN 0 ELSE 1 END AS is_new
      FROM drawn
      WINDOW w AS (ORDER BY s)
    ),
    runs AS (
      SELECT s, e, density, sum(is_new) OVER (ORDER BY s ROWS UNBOUNDED PRECEDING) AS run
      FROM starts
    )
    SELECT min(s)::int AS "start", max(e)::int AS "end", min(density)::int AS density
    FROM runs
    GROUP BY run
    ORDER BY 1`;
}
