// The numbers of the search contract without zod, so the header's search box (a client
// component) can use them as values (lib/schemas/search.ts re-exports them).

/** Longest query accepted, in characters: enough for a quoted sentence and a few words around it. */
export const MAX_SEARCH_QUERY_LENGTH = 200;
/** Results per page. */
export const SEARCH_PAGE_SIZE = 20;
/** Pages one query may ask for: at most SEARCH_PAGE_SIZE × MAX_SEARCH_PAGES results, best first. */
export const MAX_SEARCH_PAGES = 10;
