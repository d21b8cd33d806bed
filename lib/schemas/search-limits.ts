// The numbers of the search contract without zod, so the header's search box (a client
// component) can use them as values (lib/schemas/search.ts re-exports them).

/** Longest query accepted, in characters: enough for a quoted sentence and a few words around it. */
export const MAX_SEARCH_QUERY_LENGTH = 200;
/** Results per page when the client does not say (the search page always shows this many). */
export const SEARCH_PAGE_SIZE = 20;
/** Most results one request may ask for: each gets a snippet, which reads its whole text. */
export const MAX_SEARCH_LIMIT = 50;
