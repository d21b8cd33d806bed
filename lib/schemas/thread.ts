import { z } from 'zod';
import { ZId } from '@/lib/schemas/params';
import { ZRootMotivation, type TAnnotationView } from '@/lib/schemas/annotation';
import { MAX_THREADS_PER_PAGE } from '@/lib/schemas/thread-limits';

// The reader no longer ships every note: it draws where the highlights are (merged ranges with a
// density) and loads threads on demand, a page at a time, from GET /api/essays/<slug>/threads.
// This file is the contract between that route and the reader.

export { INLINE_REPLIES, MAX_HIGHLIGHT_DENSITY, MAX_THREADS_PER_PAGE } from '@/lib/schemas/thread-limits';

const flag = z.enum(['1', 'true']).optional();

/** The query string of GET /api/essays/<slug>/threads; every field optional. */
export const ZThreadQuery = z
  .object({
    /** `anchored` (default, document order) or `orphaned` (newest first). */
    tab: z.enum(['anchored', 'orphaned']).default('anchored'),
    /** Opaque keyset cursor from the previous page's `nextCursor`. */
    cursor: z.string().max(200, 'That cursor is not one this server gave out: start from the first page.').optional(),
    limit: z.coerce.number().int().min(1).max(MAX_THREADS_PER_PAGE, `Ask for at most ${MAX_THREADS_PER_PAGE} threads a page.`).default(50),
    /** Threads touching this claim. */
    claim: ZId.optional(),
    /** Threads whose highlight starts in this section. */
    section: ZId.optional(),
    /** Threads whose highlight covers this UTF-16 offset of the current revision (a click on a highlight). */
    at: z.coerce.number().int().min(0).optional(),
    /** One thread, whole, with every reply (for "show more replies"). */
    root: ZId.optional(),
    kind: ZRootMotivation.optional(),
    tag: z.string().max(40).optional(),
    /** An author's per-cohort handle, as in TPersonView.handle: never a user id. */
    author: z.string().max(100).optional(),
    mine: flag,
    unanswered: flag,
  })
  .strict();
export type TThreadQuery = z.output<typeof ZThreadQuery>;

/** One thread: its root note and its first replies, oldest first. */
export type TThreadView = {
  root: TAnnotationView;
  /** Up to INLINE_REPLIES replies (all of them with `?root=`), in the order the sidebar shows them. */
  replies: TAnnotationView[];
  /** Replies that still have words (deleted placeholders are not answers), over the whole thread. */
  liveReplyCount: number;
  /** Replies not included here. */
  moreReplies: number;
};

export type TThreadPage = {
  threads: TThreadView[];
  /** Pass back as `cursor` for the next page; null at the end. */
  nextCursor: string | null;
  /**
   * Only on a first page (no cursor): tab sizes for the viewer with no filters (the
   * "Annotations (n)" / "Orphaned (n)" labels) and the filters' options over everything the viewer
   * may read on this essay. Later pages, and a `root` read of one thread, leave them out rather
   * than count again.
   */
  summary: {
    counts: { anchored: number; orphaned: number };
    facets: { tags: string[]; authors: { handle: string; name: string }[] };
  } | null;
};

/** One drawn run of highlighted text: `density` is min(notes over it, MAX_HIGHLIGHT_DENSITY). */
export type THighlightRange = { start: number; end: number; density: number };
