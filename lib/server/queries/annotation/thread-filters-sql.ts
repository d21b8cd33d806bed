import 'server-only';
import { Prisma } from '@/lib/generated/prisma/client';
import type { TThreadQuery } from '@/lib/schemas/thread';
import { noteVisibleSql } from '@/lib/server/queries/annotation/annotation-view-sql';
import type { TThreadKey } from '@/lib/server/queries/annotation/thread-cursor';

/** The query's filters, resolved: `authorId` is the user behind the `author` handle (null: nobody). */
export type TThreadFilters = Pick<TThreadQuery, 'tab' | 'claim' | 'section' | 'at' | 'root' | 'kind' | 'tag'> & {
  authorId?: string;
  isMine: boolean;
  isUnanswered: boolean;
};

/**
 * The roots a page of threads is drawn from, as SQL conditions on `a`. The words of the filters
 * follow what the sidebar filtered in the browser: tags, authors and "mine" match only notes that
 * still show them (a hidden note's tags are withheld, so it never matches a tag), and "unanswered"
 * means no live reply the viewer can see anywhere in the thread.
 */
export function threadRootsWhereSql(viewerId: string | null, seesOthers: boolean, essayId: string, filters: TThreadFilters): Prisma.Sql {
  const conditions: Prisma.Sql[] = [
    Prisma.sql`a."essayId" = ${essayId}`,
    Prisma.sql`a."parentId" IS NULL`,
    noteVisibleSql(viewerId, seesOthers),
  ];
  if (filters.root !== undefined) {
    // One thread whatever the tab: the reader opens it from a highlight or a live event.
    conditions.push(Prisma.sql`a.id = ${filters.root}`);
  } else if (filters.tab === 'orphaned') {
    conditions.push(Prisma.sql`a."anchorStatus" = 'ORPHANED'`);
  } else {
    // Placed roots always have both offsets; the guard keeps the keyset a total order.
    conditions.push(Prisma.sql`a."anchorStatus" <> 'ORPHANED' AND a."start" IS NOT NULL AND a."end" IS NOT NULL`);
  }
  if (filters.kind !== undefined) conditions.push(Prisma.sql`a.motivation = ${filters.kind}::"Motivation"`);
  if (filters.tag !== undefined) {
    conditions.push(Prisma.sql`a.tags @> ARRAY[${filters.tag}]::text[] AND a."deletedAt" IS NULL AND a."hiddenAt" IS NULL`);
  }
  if (filters.authorId !== undefined) conditions.push(Prisma.sql`a."authorId" = ${filters.authorId} AND a."deletedAt" IS NULL`);
  if (filters.isMine) {
    conditions.push(viewerId === null ? Prisma.sql`FALSE` : Prisma.sql`a."authorId" = ${viewerId} AND a."deletedAt" IS NULL`);
  }
  if (filters.isUnanswered) {
    conditions.push(Prisma.sql`NOT EXISTS (
      SELECT 1 FROM "Annotation" r WHERE r."rootId" = a.id AND r."deletedAt" IS NULL AND ${noteVisibleSql(viewerId, seesOthers, 'r')})`);
  }
  if (filters.claim !== undefined) {
    conditions.push(
      Prisma.sql`EXISTS (SELECT 1 FROM "AnnotationClaim" ac WHERE ac."annotationId" = a.id AND ac."claimId" = ${filters.claim})`,
    );
  }
  if (filters.section !== undefined) {
    // Scalar subqueries run once, so the section's bounds become an index range on start.
    // A section of an older revision names no range: an empty page.
    const section = (column: 'start' | 'end') => Prisma.sql`(
      SELECT s.${Prisma.raw(`"${column}"`)} FROM "Section" s JOIN "Essay" e ON e."currentRevisionId" = s."revisionId"
      WHERE s.id = ${filters.section} AND e.id = ${essayId})`;
    conditions.push(Prisma.sql`a."start" >= ${section('start')} AND a."start" < ${section('end')}`);
  }
  if (filters.at !== undefined) {
    // Offsets are int4 columns: an offset past the largest covers no note (rather than a SQL error).
    conditions.push(filters.at > 2_147_483_647 ? Prisma.sql`FALSE` : Prisma.sql`a."start" <= ${filters.at} AND a."end" > ${filters.at}`);
  }
  return Prisma.join(conditions, ' AND ');
}

/** Strictly after the last thread of the previous page, in the tab's order. */
export function afterKeySql(key: TThreadKey | null): Prisma.Sql {
  if (key === null) return Prisma.sql`TRUE`;
  const createdAt = key.createdAt.toISOString();
  return key.tab === 'anchored'
    ? Prisma.sql`(a."start", a."end", a."createdAt", a.id) > (${key.start}::int, ${key.end}::int, ${createdAt}::timestamp(3), ${key.id})`
    : Prisma.sql`(a."createdAt", a.id) < (${createdAt}::timestamp(3), ${key.id})`;
}

export function threadOrderSql(tab: TThreadKey['tab']): Prisma.Sql {
  return tab === 'anchored' ? Prisma.sql`a."start", a."end", a."createdAt", a.id` : Prisma.sql`a."createdAt" DESC, a.id DESC`;
}
