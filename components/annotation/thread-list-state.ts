import type { TAnnotationView } from '@/lib/schemas/annotation';
import type { TThreadPage, TThreadView } from '@/lib/schemas/thread';
import { buildThreads, byDocumentOrder, isOlder, toAnnotationMap, type TThreadNode } from '@/components/annotation/annotation-state';
import { resolveChangeType, type TChangeType } from '@/components/annotation/live-deltas';
import { ALL_THREADS, rootBelongsIn, type TListView } from '@/components/annotation/thread-view-query';

export type TLiveChange = { type: TChangeType; note: TAnnotationView };

/** The threads the sidebar has loaded for one view, and where the next page starts. */
export type TThreadList = {
  view: TListView;
  /** Which first-page request this is (one per `open`): answers to an older one are dropped. */
  request: number;
  status: 'loading' | 'ready' | 'loading-more' | 'failed';
  error: string | null;
  threads: readonly TThreadView[];
  nextCursor: string | null;
  /** Tab counts and filter options from the latest first page (kept while the next one loads). */
  summary: TThreadPage['summary'];
  /** Live changes that arrived while a first page was on its way: applied once it lands, so none is lost. */
  queued: readonly TLiveChange[];
  /** Roots added to the tab counts since the summary was read, so an echo of our own write counts once. */
  counted: ReadonlySet<string>;
};

export type TThreadListAction =
  | { type: 'open'; view: TListView; request: number }
  | { type: 'page'; request: number; page: TThreadPage; isFirst: boolean }
  | { type: 'more' }
  | { type: 'failed'; request: number; error: string }
  | { type: 'live'; change: TLiveChange }
  | { type: 'whole-thread'; thread: TThreadView };

export const EMPTY_LIST: TThreadList = {
  view: ALL_THREADS,
  request: 0,
  status: 'loading',
  error: null,
  threads: [],
  nextCursor: null,
  summary: null,
  queued: [],
  counted: new Set(),
};

export function threadListReducer(state: TThreadList, action: TThreadListAction): TThreadList {
  switch (action.type) {
    case 'open':
      return {
        ...state,
        view: action.view,
        request: action.request,
        status: 'loading',
        error: null,
        threads: [],
        nextCursor: null,
        queued: [],
      };
    case 'page': {
      if (action.request !== state.request) return state;
      const { page } = action;
      if (action.isFirst) {
        const loaded: TThreadList = {
          ...state,
          status: 'ready',
          threads: page.threads,
          nextCursor: page.nextCursor,
          summary: page.summary ?? state.summary,
          queued: [],
          counted: new Set(),
        };
        return state.queued.reduce(applyLive, loaded);
      }
      const known = new Set(state.threads.map((t) => t.root.id));
      const fresh = page.threads.filter((t) => !known.has(t.root.id));
      return { ...state, status: 'ready', threads: [...state.threads, ...fresh], nextCursor: page.nextCursor };
    }
    case 'more':
      return state.status !== 'loading' && state.nextCursor !== null ? { ...state, status: 'loading-more', error: null } : state;
    case 'failed':
      return action.request === state.request ? { ...state, status: 'failed', error: action.error } : state;
    case 'live':
      return state.status === 'loading' ? { ...state, queued: [...state.queued, action.change] } : applyLive(state, action.change);
    case 'whole-thread':
      return { ...state, threads: state.threads.map((t) => (t.root.id === action.thread.root.id ? action.thread : t)) };
  }
}

/**
 * Merges one live change into what is loaded: a root goes to its place in the list (or is left for
 * a later page when it falls after the last loaded thread while more pages remain), a reply joins
 * its loaded thread, an edit or deletion replaces the note where it is.
 */
function applyLive(state: TThreadList, change: TLiveChange): TThreadList {
  const { note } = change;
  const kind = resolveChangeType(change.type, note);
  if (note.parentId !== null) return applyReply(state, note, kind);

  const index = state.threads.findIndex((t) => t.root.id === note.id);
  if (index >= 0) {
    const thread = state.threads[index]!;
    if (isOlder(note, thread.root)) return state;
    return { ...state, threads: state.threads.with(index, { ...thread, root: note }) };
  }
  if (kind !== 'created') return state;

  let next = state;
  if (state.summary && !state.counted.has(note.id)) {
    const tab = note.anchorStatus === 'ORPHANED' ? 'orphaned' : 'anchored';
    const counts = { ...state.summary.counts, [tab]: state.summary.counts[tab] + 1 };
    next = { ...state, summary: { ...state.summary, counts }, counted: new Set(state.counted).add(note.id) };
  }
  if (!rootBelongsIn(note, state.view)) return next;
  // The orphaned tab lists newest first; the anchored one in document order.
  const found = state.view.tab === 'orphaned' ? 0 : state.threads.findIndex((t) => byDocumentOrder(note, t.root) < 0);
  const position = found < 0 ? state.threads.length : found;
  if (position === state.threads.length && state.nextCursor !== null) return next;
  const threads = [...state.threads];
  threads.splice(position, 0, { root: note, replies: [], liveReplyCount: 0, moreReplies: 0 });
  return { ...next, threads };
}

function applyReply(state: TThreadList, note: TAnnotationView, kind: Exclude<TChangeType, 'local'>): TThreadList {
  const rootId = note.rootId ?? note.parentId;
  const index = state.threads.findIndex((t) => t.root.id === rootId);
  if (index < 0) return state;
  const thread = state.threads[index]!;
  const at = thread.replies.findIndex((r) => r.id === note.id);
  let updated: TThreadView;
  if (at >= 0) {
    const current = thread.replies[at]!;
    if (isOlder(note, current)) return state;
    const liveChange = (note.isDeleted ? 0 : 1) - (current.isDeleted ? 0 : 1);
    updated = { ...thread, replies: thread.replies.with(at, note), liveReplyCount: thread.liveReplyCount + liveChange };
  } else if (kind === 'created' && !note.isDeleted) {
    // Appended even to a thread shown in part: replies are drawn by parent, so it lands in place.
    updated = { ...thread, replies: [...thread.replies, note], liveReplyCount: thread.liveReplyCount + 1 };
  } else if (kind === 'deleted' && thread.moreReplies > 0) {
    // One of the replies not loaded yet: only its count moves (the stream says so once).
    updated = { ...thread, liveReplyCount: Math.max(0, thread.liveReplyCount - 1) };
  } else {
    return state;
  }
  return { ...state, threads: state.threads.with(index, updated) };
}

/** A loaded thread as the thread UI draws it: replies nested under their parents, oldest first. */
export function toThreadNode(thread: TThreadView): TThreadNode {
  return (
    buildThreads(toAnnotationMap([thread.root, ...thread.replies])).find((n) => n.note.id === thread.root.id) ?? {
      note: thread.root,
      replies: [],
    }
  );
}
