import 'server-only';
import { snippetHtml } from '@/lib/domain/search/snippet-html';
import type { TSearchPage, TSearchQuery, TSearchResult } from '@/lib/schemas/search';
import { getEssayAccess, listReadableEssayAccess, type TEssayAccess } from '@/lib/server/access/essay-access';
import { displayNamesAcross, type TNameViewer } from '@/lib/server/access/display-names';
import { db } from '@/lib/server/db/client';
import { decodeSearchCursor, encodeSearchCursor } from '@/lib/server/queries/search/search-cursor';
import { searchStatement, type TSearchRow } from '@/lib/server/queries/search/search-sql';

/**
 * Full-text search over what the viewer may read: claims, notes and replies, arguments and
 * author responses, best first, one page at a time after the cursor (TSearchQuery: query length
 * and page size capped; a cursor we did not make is a 400).
 *
 * Three statements whatever the data's size: the viewer's access to every essay they can reach
 * (`listReadableEssayAccess`, the rules of getEssayAccess — or getEssayAccess itself when the
 * search is scoped to one essay, a 404 if they cannot read it), the search (search-sql.ts, which
 * carries each kind's visibility rule), and the names of the results' authors by each cohort's
 * display-name rule (`displayNamesAcross`: pseudonyms for members, never user ids).
 */
export async function searchForViewer(viewerId: string | null, input: TSearchQuery): Promise<TSearchPage> {
  // Before any statement: a bad cursor is the client's mistake whatever they may read.
  const after = input.cursor === undefined ? null : decodeSearchCursor(input.cursor);
  const accesses =
    input.essay === undefined ? await listReadableEssayAccess(db, viewerId) : [await getEssayAccess(db, viewerId, { slug: input.essay })];
  const empty: TSearchPage = { query: input.q, results: [], nextCursor: null };
  if (accesses.length === 0) return empty;
  const byEssay = new Map(accesses.map((access) => [access.essayId, access]));
  const scope = {
    viewerId,
    readable: accesses.map((a) => a.essayId),
    seeing: accesses.filter((a) => a.seesOthers).map((a) => a.essayId),
  };
  // One more row than the page says whether another page follows.
  const rows = await db.$queryRaw<TSearchRow[]>(
    searchStatement(scope, { query: input.q, kinds: input.kinds, after, limit: input.limit + 1 }),
  );
  const page = rows.slice(0, input.limit);
  if (page.length === 0) return empty;
  const nameViewer = (access: TEssayAccess): TNameViewer => ({ viewerId, cohortId: access.cohortId, standing: access.standing });
  const names = await displayNamesAcross(
    db,
    page.flatMap((row) => (row.authorId === null ? [] : [{ viewer: nameViewer(byEssay.get(row.essayId)!), userId: row.authorId }])),
  );
  const results = page.map((row): TSearchResult => {
    const access = byEssay.get(row.essayId)!;
    return {
      kind: row.kind,
      id: row.id,
      essay: { slug: row.essaySlug, title: row.essayTitle },
      snippet: snippetHtml(row.headline),
      href: hrefOf(row, access.isDraft),
      author: row.authorId === null ? null : names.of(nameViewer(access), row.authorId),
      rank: row.rank,
      createdAt: row.createdAt.toISOString(),
    };
  });
  const last = page.at(-1)!;
  return { query: input.q, results, nextCursor: rows.length > input.limit ? encodeSearchCursor(last) : null };
}

/** Where a result is read in the app: the claim's page, the note's claim on the reader, the argument on its claim's page. */
function hrefOf(row: TSearchRow, isDraft: boolean): string {
  const essay = `/essays/${row.essaySlug}`;
  // A draft is read on its preview only (nobody has written on it yet, so only its claims match).
  if (isDraft) return `${essay}/draft`;
  switch (row.kind) {
    case 'claim':
      return `${essay}/claims/${row.id}`;
    case 'note':
      return row.claimId === null ? essay : `${essay}?claim=${row.claimId}#claim-${row.claimId}`;
    case 'argument':
      return row.claimId === null ? `${essay}/map#argument-${row.id}` : `${essay}/claims/${row.claimId}#argument-${row.id}`;
    case 'response':
      return `${essay}/responses#response-${row.id}`;
  }
}
