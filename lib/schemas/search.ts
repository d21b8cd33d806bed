import { z } from 'zod';
import { ZPersonView } from '@/lib/schemas/person';
import { ZSlug } from '@/lib/schemas/params';
import { userText } from '@/lib/schemas/text';
import { MAX_SEARCH_LIMIT, MAX_SEARCH_QUERY_LENGTH, SEARCH_PAGE_SIZE } from '@/lib/schemas/search-limits';

export { MAX_SEARCH_LIMIT, MAX_SEARCH_QUERY_LENGTH, SEARCH_PAGE_SIZE };

export const SEARCH_KINDS = ['claim', 'note', 'argument', 'response'] as const;
export type TSearchKind = (typeof SEARCH_KINDS)[number];

const KINDS_MESSAGE = `kinds is a comma-separated list of ${SEARCH_KINDS.join(', ')} (e.g. note,argument).`;
const KINDS_SHAPE = new RegExp(`^(${SEARCH_KINDS.join('|')})(,(${SEARCH_KINDS.join('|')}))*$`);
const LIMIT_MESSAGE = `limit is a whole number from 1 to ${MAX_SEARCH_LIMIT}.`;

/**
 * GET /search and GET /api/v1/search. `q` is read as web-search syntax
 * (PostgreSQL's websearch_to_tsquery): words, "quoted phrases", `or`, and `-word` to exclude.
 */
export const ZSearchQuery = z.object({
  q: userText({
    required: 'Type something to search for.',
    min: 1,
    tooShort: 'Type something to search for.',
    max: MAX_SEARCH_QUERY_LENGTH,
    tooLong: `Searches are at most ${MAX_SEARCH_QUERY_LENGTH} characters: keep the words that matter.`,
  }).describe('Words to find, in web-search syntax: "a phrase", or, -excluded.'),
  essay: ZSlug.optional().describe('Only this essay (its slug); a 404 if you cannot read it.'),
  kinds: z
    .string({ error: KINDS_MESSAGE })
    .regex(KINDS_SHAPE, KINDS_MESSAGE)
    .optional()
    .transform((kinds) => (kinds === undefined ? [...SEARCH_KINDS] : [...new Set(kinds.split(','))]) as TSearchKind[])
    .describe(`Only these kinds, comma-separated: ${SEARCH_KINDS.join(', ')} (default: all).`),
  cursor: z
    .string()
    .min(1)
    .max(300, 'This cursor is not valid: pass back the nextCursor of a previous page, unchanged.')
    .optional()
    .describe('Opaque: the `nextCursor` of the previous page, unchanged.'),
  limit: z.coerce
    .number({ error: LIMIT_MESSAGE })
    .int(LIMIT_MESSAGE)
    .min(1, LIMIT_MESSAGE)
    .max(MAX_SEARCH_LIMIT, LIMIT_MESSAGE)
    .default(SEARCH_PAGE_SIZE)
    .describe(`Results per page, 1–${MAX_SEARCH_LIMIT} (default ${SEARCH_PAGE_SIZE}).`),
});
export type TSearchQuery = z.output<typeof ZSearchQuery>;

export const ZSearchResult = z.object({
  kind: z.enum(SEARCH_KINDS).describe('What matched: a claim, a note or reply, an argument, or an author response.'),
  id: z.string().describe('The id of the claim, note, argument or response.'),
  essay: z.object({ slug: z.string(), title: z.string() }),
  snippet: z
    .string()
    .describe('HTML: the matching passage, escaped, with the matched words in <mark>…</mark> (no other tag ever appears).'),
  href: z.string().describe('Where to read it in the app (a path).'),
  author: ZPersonView.nullable().describe('Who wrote the note, argument or response, as you may see them; null for claims.'),
  rank: z.number().describe('Relevance (ts_rank_cd): higher is better.'),
  createdAt: z.iso.datetime(),
});
export type TSearchResult = z.output<typeof ZSearchResult>;

export const ZSearchPage = z.object({
  query: z.string().describe('The query as read (trimmed).'),
  results: z.array(ZSearchResult).describe('Best first: by rank, then newest, then id.'),
  nextCursor: z.string().nullable().describe('Pass as `cursor` to get the next page; null on the last page.'),
});
export type TSearchPage = z.output<typeof ZSearchPage>;
