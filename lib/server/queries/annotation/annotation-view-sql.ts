import 'server-only';
import { Prisma } from '@/lib/generated/prisma/client';
import { ANNOTATION_VIEW_SELECT, type TAnnotationRow } from '@/lib/server/queries/annotation/annotation-view';

// The thread API filters and pages in SQL that Prisma's query builder cannot say (keysets, window
// functions), so it selects notes with raw SQL. The columns are derived from
// ANNOTATION_VIEW_SELECT, in the shape toAnnotationView takes, so a note looks the same whichever
// path read it and a column added there is read here too. Every query aliases the note as `a`.

const scalarColumns = Object.keys(ANNOTATION_VIEW_SELECT).filter((key) => key !== 'claims');

export const ANNOTATION_VIEW_COLUMNS = Prisma.sql`
  ${Prisma.raw(scalarColumns.map((key) => `a."${key}"`).join(', '))},
  ARRAY(SELECT ac."claimId" FROM "AnnotationClaim" ac WHERE ac."annotationId" = a.id ORDER BY ac."claimId") AS "claimIds"`;

/** The same columns as ANNOTATION_VIEW_COLUMNS, read back from a subquery or CTE aliased `alias`. */
export function annotationViewColumnsOf(alias: string): Prisma.Sql {
  return Prisma.raw([...scalarColumns, 'claimIds'].map((key) => `${alias}."${key}"`).join(', '));
}

export type TAnnotationSqlRow = Omit<TAnnotationRow, 'claims'> & { claimIds: string[] };

/**
 * SECURITY: the SQL twin of annotationVisibleWhere's note rule (lib/server/access/annotation-access.ts):
 * private notes are their author's alone, and a viewer who does not see others' contributions
 * ("post before you see", TEssayAccess.seesOthers) sees only their own. Whether the essay is
 * readable is checked by the caller.
 */
export function noteVisibleSql(viewerId: string | null, seesOthers: boolean, alias: 'a' | 'r' = 'a'): Prisma.Sql {
  const t = Prisma.raw(alias);
  if (!seesOthers) return viewerId === null ? Prisma.sql`FALSE` : Prisma.sql`${t}."authorId" = ${viewerId}`;
  return viewerId === null
    ? Prisma.sql`${t}.visibility = 'COHORT'`
    : Prisma.sql`(${t}.visibility = 'COHORT' OR ${t}."authorId" = ${viewerId})`;
}
