// The numbers of the thread contract without zod, so client components can use them as values
// (lib/schemas/thread.ts re-exports them; importing that file's values would bring zod along).

/** Most threads one page returns; the reader asks for 50. */
export const MAX_THREADS_PER_PAGE = 100;
/** Replies sent inline with each thread; a longer thread sets `moreReplies` and is read whole with `?root=`. */
export const INLINE_REPLIES = 20;
/** Density buckets the essay draws; counts above this look the same (see globals.css). */
export const MAX_HIGHLIGHT_DENSITY = 5;
