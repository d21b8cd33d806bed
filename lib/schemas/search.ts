import { z } from 'zod';
import { ZPersonView } from '@/lib/schemas/person';
import { ZSlug } from '@/lib/schemas/params';
import { userText } from '@/lib/schemas/text';
import { MAX_SEARCH_PAGES, MAX_SEARCH_QUERY_LENGTH, SEARCH_PAGE_SIZE } from '@/lib/schemas/search-limits';

export { MAX_SEARCH_PAGES, MAX_SEARCH_QUERY_LENGTH, SEARCH_PAGE_SIZE };

/**
 * GET /api/search and GET /api/v1/search. `q` is read as web-search syntax
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
  page: z.coerce
    .number({ error: 'The page must be a number.' })
    .int('The page must be a whole number.')
    .min(1, 'Pages start at 1.')
    .max(MAX_SEARCH_PAGES, `Searches show at most ${MAX_SEARCH_PAGES} pages: try more precise words.`)
    .default(1)
    .describe('1-based page of results, best first.'),
  essay: ZSlug.optional().describe('Only this essay (its slug).'),
});
export type TSearchQuery = z.output<typeof ZSearchQuery>;

export const SEARCH_KINDS = ['claim', 'note', 'argument', 'response'] as const;
export type TSearchKind = (typeof SEARCH_KINDS)[number];

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
  createdAt: z.string().datetime(),
});
export type TSearchResult = z.output<typeof ZSearchResult>;

export const ZSearchPage = z.object({
  query: z.string(),
  page: z.number().int(),
  results: z.array(ZSearchResult),
  hasMore: z.boolean().describe('True when another page follows (up to the last page allowed).'),
});
export type TSearchPage = z.output<typeof ZSearchPage>;
