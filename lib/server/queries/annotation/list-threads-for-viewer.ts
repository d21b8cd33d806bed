import 'server-only';
import { Prisma } from '@/lib/generated/prisma/client';
import { INLINE_REPLIES, type TThreadPage, type TThreadQuery, type TThreadView } from '@/lib/schemas/thread';
import {
  displayNamesFor,
  nameBookOf,
  personHandle,
  personNameColumnsSql,
  personNameJoinSql,
  type TNameBook,
  type TNameViewer,
  type TPersonNameRow,
} from '@/lib/server/access/display-names';
import { getEssayAccess, type TEssayAccess } from '@/lib/server/access/essay-access';
import { db } from '@/lib/server/db/client';
import { poolQuery } from '@/lib/server/db/pool-query';
import { AppError } from '@/lib/server/errors';
import { toAnnotationView } from '@/lib/server/queries/annotation/annotation-view';
import {
  ANNOTATION_VIEW_COLUMNS,
  annotationViewColumnsOf,
  noteVisibleSql,
  type TAnnotationSqlRow,
} from '@/lib/server/queries/annotation/annotation-view-sql';
import { decodeThreadCursor, encodeThreadCursor, type TThreadKey } from '@/lib/server/queries/annotation/thread-cursor';
import { afterKeySql, threadOrderSql, threadRootsWhereSql, type TThreadFilters } from '@/lib/server/queries/annotation/thread-filters-sql';
import { readLiveRootAuthorIds, readThreadSummary, type TThreadSummaryRow } from '@/lib/server/queries/annotation/thread-summary-sql';

/**
 * A row of the page statement: a root (depth 0, with its thread's reply counts) or one of its
 * replies (depth 1), in page order, with its author's name columns.
 */
type TPageRow = TAnnotationSqlRow & {
  ord: bigint;
  depth: number;
  total: number | null;
  live: number | null;
  authorName: string;
  authorPseudonym: string | null;
  authorIsMember: boolean;
  authorAllowPseudonyms: boolean | null;
};

/**
 * One page of an essay's threads for the viewer (GET /api/essays/<slug>/threads): roots in the
 * tab's order after the cursor, each with its first INLINE_REPLIES replies (all of them with
 * `root`), shaped by toAnnotationView so withheld words, private notes and names follow the same
 * rules as everywhere else. A fixed number of statements whatever the essay holds: the viewer's
 * standing (the route's) and one for the page — roots, their first replies, reply counts and the
 * authors' names together — plus on a first page the summary and its authors' names (or, instead,
 * the essay's authors when filtering by an author without one).
 */
export async function listThreadsForViewer(
  viewerId: string | null,
  essayId: string,
  query: TThreadQuery,
  options: { access?: TEssayAccess } = {},
): Promise<TThreadPage> {
  const tab = query.root !== undefined ? 'anchored' : query.tab;
  const key = query.cursor === undefined ? null : decodeThreadCursor(query.cursor, tab);
  // A caller that has just checked access (the route) passes it on rather than have it read again.
  // SECURITY: the essay must be readable (annotationVisibleWhere's first rule) — getEssayAccess
  // 404s otherwise; callers check it too, but this query should not depend on them. Its
  // `seesOthers` ("post before you see") narrows every statement below to the viewer's own notes.
  const access =
    options.access !== undefined && options.access.essayId === essayId
      ? options.access
      : await getEssayAccess(db, viewerId, { id: essayId });
  const nameViewer: TNameViewer = { viewerId, cohortId: access.cohortId, standing: access.standing };
  if (nameViewer.cohortId !== null && (nameViewer.standing === 'OUTSIDER' || nameViewer.standing === 'ANONYMOUS'))
    throw new AppError('NOT_FOUND', 'No such essay, or you are not a member of its cohort.');
  const { seesOthers } = access;

  // The summary passes over every root of the essay: first pages of a list only, not a `root` read.
  const summary = key === null && query.root === undefined ? await readThreadSummary(viewerId, essayId, seesOthers) : null;
  const filters: TThreadFilters = {
    tab,
    ...pick(query),
    isMine: query.mine !== undefined,
    isUnanswered: query.unanswered !== undefined,
  };
  let isEmpty = false;
  if (query.author !== undefined) {
    // Handles are HMACs, so the user behind one is found among the essay's authors, never stored.
    const candidates = summary?.authorIds ?? (await readLiveRootAuthorIds(viewerId, essayId, seesOthers));
    const authorId = candidates.find((id) => personHandle(nameViewer.cohortId, id) === query.author);
    if (authorId === undefined) isEmpty = true;
    else filters.authorId = authorId;
  }

  // Independent statements, on two pooled connections at once.
  const [rows, summaryNames] = await Promise.all([
    isEmpty ? [] : readPage(viewerId, seesOthers, essayId, access.cohortId, filters, key, query.limit, query.root !== undefined),
    summary === null ? null : displayNamesFor(db, nameViewer, summary.authorIds),
  ]);
  const { threads, roots } = toThreads(rows, nameBookOf(nameViewer, rows.map(personNameRowOf)), query.limit);
  const page = roots.slice(0, query.limit);
  const last = page.at(-1);
  const hasMore = roots.length > query.limit && last !== undefined;
  return {
    threads,
    nextCursor: hasMore ? encodeThreadCursor(keyOf(tab, last)) : null,
    summary: summary === null || summaryNames === null ? null : toSummary(summary, summaryNames),
  };
}

function pick(query: TThreadQuery): Omit<TThreadFilters, 'tab' | 'isMine' | 'isUnanswered'> {
  const { claim, section, at, root, kind, tag } = query;
  return {
    ...(claim !== undefined ? { claim } : {}),
    ...(section !== undefined ? { section } : {}),
    ...(at !== undefined ? { at } : {}),
    ...(root !== undefined ? { root } : {}),
    ...(kind !== undefined ? { kind } : {}),
    ...(tag !== undefined ? { tag } : {}),
  };
}

/**
 * The page in one statement: the roots in the tab's order after the key — one more than the page,
 * whose existence says there is a next page without counting — then, for each root of the page,
 * its replies the viewer may read, oldest first (the first INLINE_REPLIES, or all with `isWhole`;
 * LATERAL ... LIMIT over the index Annotation(rootId, createdAt)) and its reply counts over all of
 * them; every row carries its author's name columns. Replies to replies are in the flat list with
 * their parentId; the reader nests them.
 */
function readPage(
  viewerId: string | null,
  seesOthers: boolean,
  essayId: string,
  cohortId: string | null,
  filters: TThreadFilters,
  key: TThreadKey | null,
  limit: number,
  isWhole: boolean,
): Promise<TPageRow[]> {
  const replyCap = isWhole ? Prisma.empty : Prisma.sql`LIMIT ${INLINE_REPLIES}`;
  const columns = annotationViewColumnsOf('n');
  // SECURITY: replies pass the same note rule as roots (noteVisibleSql), counts included.
  const repliesOf = Prisma.sql`a."rootId" = p.id AND a."essayId" = ${essayId} AND ${noteVisibleSql(viewerId, seesOthers)}`;
  // On the pool directly (pool-query.ts): the largest result of the sidebar, read on every scroll.
  return poolQuery<TPageRow>(Prisma.sql`
    WITH p AS (
      SELECT ${ANNOTATION_VIEW_COLUMNS}, row_number() OVER (ORDER BY ${threadOrderSql(filters.tab)}) AS ord
      FROM "Annotation" a
      WHERE ${threadRootsWhereSql(viewerId, seesOthers, essayId, filters)} AND ${afterKeySql(key)}
      ORDER BY ${threadOrderSql(filters.tab)}
      LIMIT ${limit + 1}
    ),
    notes AS (
      SELECT p.ord, 0 AS depth, NULL::int AS total, NULL::int AS live, ${annotationViewColumnsOf('p')}
      FROM p
      WHERE p.ord <= ${limit}
      UNION ALL
      -- One pass over each thread's replies: the window counts them all before LIMIT keeps the first.
      SELECT p.ord, 1, r.total, r.live, ${annotationViewColumnsOf('r')}
      FROM p CROSS JOIN LATERAL (
        SELECT ${ANNOTATION_VIEW_COLUMNS}, (count(*) OVER ())::int AS total,
               (count(*) FILTER (WHERE a."deletedAt" IS NULL) OVER ())::int AS live
        FROM "Annotation" a WHERE ${repliesOf}
        ORDER BY a."createdAt", a.id ${replyCap}
      ) r
      WHERE p.ord <= ${limit}
      UNION ALL
      -- the extra root: only its keyset matters (the next page starts after the last shown one)
      SELECT p.ord, 0, NULL, NULL, ${annotationViewColumnsOf('p')} FROM p WHERE p.ord > ${limit}
    )
    SELECT n.ord, n.depth, n.total, n.live, ${columns}, ${personNameColumnsSql('author')}
    FROM notes n ${personNameJoinSql(cohortId, Prisma.sql`n."authorId"`)}
    ORDER BY n.ord, n.depth, n."createdAt", n.id`);
}

function personNameRowOf(row: TPageRow): TPersonNameRow {
  return {
    id: row.authorId,
    name: row.authorName,
    pseudonym: row.authorPseudonym,
    isMember: row.authorIsMember,
    allowPseudonyms: row.authorAllowPseudonyms,
  };
}

/** The page's rows as threads (the extra root, past `limit`, is only returned in `roots`). */
function toThreads(rows: TPageRow[], names: TNameBook, limit: number): { threads: TThreadView[]; roots: TAnnotationSqlRow[] } {
  const roots: TAnnotationSqlRow[] = [];
  const threads: TThreadView[] = [];
  let thread: TThreadView | null = null;
  // toAnnotationView picks its fields from the row, so the page's own columns (ord, counts, names)
  // never reach a view; 'own': the Markdown source only on the viewer's notes (the rest is drawn
  // from bodyHtml), so a page does not carry every note's words twice.
  // A root row carries no counts: its replies' rows do (every one the same), and a thread without replies has none.
  for (const row of rows) {
    if (row.depth === 0) {
      roots.push(row);
      if (roots.length > limit) continue;
      thread = { root: toAnnotationView(row, names, 'own'), replies: [], liveReplyCount: 0, moreReplies: 0 };
      threads.push(thread);
    } else if (thread !== null) {
      thread.replies.push(toAnnotationView(row, names, 'own'));
      thread.liveReplyCount = row.live ?? 0;
      thread.moreReplies = (row.total ?? 0) - thread.replies.length;
    }
  }
  return { threads, roots };
}

function keyOf(tab: TThreadKey['tab'], row: TAnnotationSqlRow): TThreadKey {
  return tab === 'anchored'
    ? { tab, start: row.start!, end: row.end!, createdAt: row.createdAt, id: row.id }
    : { tab, createdAt: row.createdAt, id: row.id };
}

function toSummary(row: TThreadSummaryRow, names: { of(id: string): { handle: string; name: string } }): TThreadPage['summary'] {
  const authors = row.authorIds.map((id) => names.of(id)).map(({ handle, name }) => ({ handle, name }));
  return {
    counts: { anchored: row.anchored, orphaned: row.orphaned },
    facets: {
      tags: [...row.tags].sort((a, b) => a.localeCompare(b)),
      authors: authors.sort((a, b) => a.name.localeCompare(b.name)),
    },
  };
}
