import 'server-only';
import { Prisma } from '@/lib/generated/prisma/client';
import { INLINE_REPLIES, type TThreadPage, type TThreadQuery, type TThreadView } from '@/lib/schemas/thread';
import { displayNamesFor, personHandle, type TNameViewer } from '@/lib/server/access/display-names';
import { getEssayAccess, type TEssayAccess } from '@/lib/server/access/essay-access';
import { db } from '@/lib/server/db/client';
import { AppError } from '@/lib/server/errors';
import { toAnnotationView } from '@/lib/server/queries/annotation/annotation-view';
import {
  ANNOTATION_VIEW_COLUMNS,
  noteVisibleSql,
  toAnnotationRow,
  type TAnnotationSqlRow,
} from '@/lib/server/queries/annotation/annotation-view-sql';
import { decodeThreadCursor, encodeThreadCursor, type TThreadKey } from '@/lib/server/queries/annotation/thread-cursor';
import { afterKeySql, threadOrderSql, threadRootsWhereSql, type TThreadFilters } from '@/lib/server/queries/annotation/thread-filters-sql';
import { readLiveRootAuthorIds, readThreadSummary, type TThreadSummaryRow } from '@/lib/server/queries/annotation/thread-summary-sql';

type TReplyRow = TAnnotationSqlRow & { total: number; live: number };

/**
 * One page of an essay's threads for the viewer (GET /api/essays/<slug>/threads): roots in the
 * tab's order after the cursor, each with its first INLINE_REPLIES replies (all of them with
 * `root`), shaped by toAnnotationView so withheld words, private notes and names follow the same
 * rules as everywhere else. A fixed number of statements whatever the essay holds: the viewer's
 * standing, the roots, their replies, the names (users + cohort), plus on a first page the
 * summary (or, instead, the essay's authors when filtering by an author without one).
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

  const roots = isEmpty ? [] : await readRoots(viewerId, seesOthers, essayId, filters, key, query.limit);
  const page = roots.slice(0, query.limit);
  const replies = await readReplies(
    viewerId,
    seesOthers,
    essayId,
    page.map((r) => r.id),
    query.root !== undefined,
  );
  const names = await displayNamesFor(db, nameViewer, [
    ...page.map((r) => r.authorId),
    ...replies.map((r) => r.authorId),
    ...(summary?.authorIds ?? []),
  ]);

  const repliesByRoot = new Map<string, TReplyRow[]>();
  for (const reply of replies) {
    const list = repliesByRoot.get(reply.rootId!);
    if (list) list.push(reply);
    else repliesByRoot.set(reply.rootId!, [reply]);
  }
  const threads: TThreadView[] = page.map((root) => {
    const own = repliesByRoot.get(root.id) ?? [];
    const total = own[0]?.total ?? 0;
    return {
      root: toAnnotationView(toAnnotationRow(root), names),
      replies: own.map((r) => toAnnotationView(toAnnotationRow(withoutCounts(r)), names)),
      liveReplyCount: own[0]?.live ?? 0,
      moreReplies: total - own.length,
    };
  });
  const last = page.at(-1);
  const hasMore = roots.length > query.limit && last !== undefined;
  return {
    threads,
    nextCursor: hasMore ? encodeThreadCursor(keyOf(tab, last)) : null,
    summary: summary === null ? null : toSummary(summary, names),
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

// One more than the page: whether it exists says if there is a next page, without counting.
function readRoots(
  viewerId: string | null,
  seesOthers: boolean,
  essayId: string,
  filters: TThreadFilters,
  key: TThreadKey | null,
  limit: number,
) {
  return db.$queryRaw<TAnnotationSqlRow[]>`
    SELECT ${ANNOTATION_VIEW_COLUMNS}
    FROM "Annotation" a
    WHERE ${threadRootsWhereSql(viewerId, seesOthers, essayId, filters)} AND ${afterKeySql(key)}
    ORDER BY ${threadOrderSql(filters.tab)}
    LIMIT ${limit + 1}`;
}

/**
 * The replies of these roots the viewer may read, oldest first: the first INLINE_REPLIES of each
 * (or all with `isWhole`), with each thread's reply count and live reply count over all of them
 * (window functions, index Annotation(rootId, createdAt)). Replies to replies are in the flat list
 * with their parentId; the reader nests them.
 */
async function readReplies(
  viewerId: string | null,
  seesOthers: boolean,
  essayId: string,
  rootIds: string[],
  isWhole: boolean,
): Promise<TReplyRow[]> {
  if (rootIds.length === 0) return [];
  const cap = isWhole ? Prisma.empty : Prisma.sql`WHERE a.position <= ${INLINE_REPLIES}`;
  // The window runs over the replies themselves (no join back to the table), and the claims of a
  // reply are looked up only for the ones sent.
  return db.$queryRaw<TReplyRow[]>`
    SELECT ${ANNOTATION_VIEW_COLUMNS}, a.total, a.live
    FROM (
      SELECT a.*,
             row_number() OVER (PARTITION BY a."rootId" ORDER BY a."createdAt", a.id) AS position,
             (count(*) OVER (PARTITION BY a."rootId"))::int AS total,
             (count(*) FILTER (WHERE a."deletedAt" IS NULL) OVER (PARTITION BY a."rootId"))::int AS live
      FROM "Annotation" a
      WHERE a."rootId" = ANY(${rootIds}::text[]) AND a."essayId" = ${essayId} AND ${noteVisibleSql(viewerId, seesOthers)}
    ) a
    ${cap}
    ORDER BY a."rootId", a."createdAt", a.id`;
}

function withoutCounts({ total: _total, live: _live, ...row }: TReplyRow): TAnnotationSqlRow {
  return row;
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
