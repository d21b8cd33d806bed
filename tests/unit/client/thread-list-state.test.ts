import { describe, expect, it } from 'vitest';
import type { TAnnotationView } from '@/lib/schemas/annotation';
import type { TThreadPage, TThreadView } from '@/lib/schemas/thread';
import {
  EMPTY_LIST,
  threadListReducer,
  toThreadNode,
  type TThreadList,
  type TThreadListAction,
} from '@/components/annotation/thread-list-state';
import { ALL_THREADS, NO_FILTERS, type TListView } from '@/components/annotation/thread-view-query';
import type { TChangeType } from '@/components/annotation/live-deltas';
import { note, reply } from './annotation-view';

const LATER = '2026-12-01T13:00:00.000Z';
const thread = (root: TAnnotationView, replies: TAnnotationView[] = [], more = 0): TThreadView => ({
  root,
  replies,
  liveReplyCount: replies.filter((r) => !r.isDeleted).length + more,
  moreReplies: more,
});
const page = (
  threads: TThreadView[],
  nextCursor: string | null = null,
  counts = { anchored: threads.length, orphaned: 0 },
): TThreadPage => ({
  threads,
  nextCursor,
  summary: { counts, facets: { tags: [], authors: [] } },
});
const run = (...actions: TThreadListAction[]) => actions.reduce(threadListReducer, EMPTY_LIST);
const opened = (first: TThreadPage, view: TListView = ALL_THREADS): TThreadList =>
  run({ type: 'open', view, request: 1 }, { type: 'page', request: 1, page: first, isFirst: true });
const live = (type: TChangeType, n: TAnnotationView): TThreadListAction => ({ type: 'live', change: { type, note: n } });
/** The list as the reader sees it: root ids in order. */
const ids = (state: TThreadList) => state.threads.map((t) => t.root.id);

const at = (id: string, start: number, extra: Partial<TAnnotationView> = {}) => note({ id, start, end: start + 5, ...extra });

describe('pages', () => {
  it('lists the first page, then appends the next without repeating a thread', () => {
    let state = opened(page([thread(at('a', 0)), thread(at('b', 10))], 'c1'));
    state = threadListReducer(state, { type: 'more' });
    expect(state.status).toBe('loading-more');
    state = threadListReducer(state, { type: 'page', request: 1, page: page([thread(at('b', 10)), thread(at('c', 20))]), isFirst: false });
    expect(ids(state)).toEqual(['a', 'b', 'c']);
    expect(state.nextCursor).toBeNull();
    expect(state.status).toBe('ready');
  });

  it('drops an answer to a view the reader has already left', () => {
    const state = run(
      { type: 'open', view: ALL_THREADS, request: 1 },
      { type: 'open', view: { ...ALL_THREADS, tab: 'orphaned' }, request: 2 },
      { type: 'page', request: 1, page: page([thread(at('stale', 0))]), isFirst: true },
    );
    expect(state.status).toBe('loading');
    expect(ids(state)).toEqual([]);
  });

  it('keeps the tab counts while another first page loads, then takes the new ones', () => {
    let state = opened(page([thread(at('a', 0))], null, { anchored: 7, orphaned: 2 }));
    state = threadListReducer(state, { type: 'open', view: { ...ALL_THREADS, tab: 'orphaned' }, request: 2 });
    expect(state.summary?.counts).toEqual({ anchored: 7, orphaned: 2 });
    state = threadListReducer(state, { type: 'page', request: 2, page: page([], null, { anchored: 8, orphaned: 2 }), isFirst: true });
    expect(state.summary?.counts).toEqual({ anchored: 8, orphaned: 2 });
  });

  it('a failed page says so and keeps what was loaded', () => {
    let state = opened(page([thread(at('a', 0))], 'c1'));
    state = threadListReducer(state, { type: 'more' });
    state = threadListReducer(state, { type: 'failed', request: 1, error: 'Could not reach Counterpoint.' });
    expect(state.status).toBe('failed');
    expect(state.error).toBe('Could not reach Counterpoint.');
    expect(ids(state)).toEqual(['a']);
  });
});

describe('live roots', () => {
  it('a new root goes to its place in document order', () => {
    const state = threadListReducer(opened(page([thread(at('a', 0)), thread(at('c', 20))])), live('created', at('b', 10)));
    expect(ids(state)).toEqual(['a', 'b', 'c']);
    expect(state.summary?.counts.anchored).toBe(3);
  });

  it('a new root after the last loaded thread waits for its page while more pages remain', () => {
    const state = threadListReducer(opened(page([thread(at('a', 0))], 'c1')), live('created', at('z', 900)));
    expect(ids(state)).toEqual(['a']);
    // It still counts in the tab.
    expect(state.summary?.counts.anchored).toBe(2);
  });

  it('a new root after the last thread joins the end when the list is complete', () => {
    const state = threadListReducer(opened(page([thread(at('a', 0))])), live('created', at('z', 900)));
    expect(ids(state)).toEqual(['a', 'z']);
  });

  it('our own note and then its echo: listed and counted once', () => {
    const mine = at('b', 10);
    const state = run(
      { type: 'open', view: ALL_THREADS, request: 1 },
      { type: 'page', request: 1, page: page([thread(at('a', 0))], 'c1'), isFirst: true },
      live('local', { ...mine, start: 900, end: 905 }),
      live('created', { ...mine, start: 900, end: 905 }),
    );
    expect(state.summary?.counts.anchored).toBe(2);
    const listed = threadListReducer(opened(page([thread(at('a', 0))])), live('local', mine));
    expect(ids(threadListReducer(listed, live('created', mine)))).toEqual(['a', 'b']);
  });

  it('a new root outside the view (another place, claim, filter or tab) is not listed', () => {
    const base = page([thread(at('a', 0))]);
    const cases: [TListView, TAnnotationView][] = [
      [{ ...ALL_THREADS, scope: { kind: 'at', offset: 2 } }, at('far', 50)],
      [{ ...ALL_THREADS, scope: { kind: 'claim', claimId: 'c1' } }, at('other-claim', 1, { claimIds: ['c2'] })],
      [{ ...ALL_THREADS, filters: { ...NO_FILTERS, tag: 'evidence' } }, at('untagged', 1)],
      [{ ...ALL_THREADS, tab: 'orphaned' }, at('placed', 1)],
    ];
    for (const [view, root] of cases) expect(ids(threadListReducer(opened(base, view), live('created', root)))).toEqual(['a']);
  });

  it('the orphaned tab lists a new orphan first (newest first)', () => {
    const view: TListView = { ...ALL_THREADS, tab: 'orphaned' };
    const orphan = (id: string) => note({ id, anchorStatus: 'ORPHANED', start: null, end: null });
    const state = threadListReducer(opened(page([thread(orphan('old'))]), view), live('created', orphan('new')));
    expect(ids(state)).toEqual(['new', 'old']);
  });

  it('an edit or deletion replaces the root where it is; an older copy is ignored', () => {
    const original = at('a', 0, { body: 'first' });
    const edited = { ...original, body: 'second', editedAt: LATER };
    let state = opened(page([thread(original), thread(at('b', 10))]));
    state = threadListReducer(state, live('updated', edited));
    state = threadListReducer(state, live('updated', original));
    expect(state.threads[0]?.root.body).toBe('second');
    state = threadListReducer(state, live('deleted', { ...original, body: '', isDeleted: true, editedAt: LATER }));
    expect(ids(state)).toEqual(['a', 'b']);
    expect(state.threads[0]?.root.isDeleted).toBe(true);
  });

  it('changes that arrive while the first page loads are applied once it lands, without duplicates', () => {
    const state = run(
      { type: 'open', view: ALL_THREADS, request: 1 },
      live('created', at('b', 10)),
      live('created', at('c', 20)),
      // The page was read after b was written, before c was.
      { type: 'page', request: 1, page: page([thread(at('a', 0)), thread(at('b', 10))]), isFirst: true },
    );
    expect(ids(state)).toEqual(['a', 'b', 'c']);
  });
});

describe('live replies', () => {
  const root = at('a', 0);

  it('a reply joins its loaded thread and counts as an answer, once', () => {
    const r = reply('r1', 'a', 'a');
    let state = opened(page([thread(root)]));
    state = threadListReducer(state, live('local', r));
    state = threadListReducer(state, live('created', r));
    expect(state.threads[0]?.replies.map((x) => x.id)).toEqual(['r1']);
    expect(state.threads[0]?.liveReplyCount).toBe(1);
  });

  it('a deleted reply stays as a placeholder and no longer counts', () => {
    const r = reply('r1', 'a', 'a');
    let state = opened(page([thread(root, [r])]));
    const gone = { ...r, body: '', isDeleted: true, editedAt: LATER };
    state = threadListReducer(state, live('deleted', gone));
    state = threadListReducer(state, live('local', gone));
    expect(state.threads[0]?.replies.map((x) => x.isDeleted)).toEqual([true]);
    expect(state.threads[0]?.liveReplyCount).toBe(0);
  });

  it('a reply to a thread not loaded changes nothing', () => {
    const state = opened(page([thread(root)]));
    expect(threadListReducer(state, live('created', reply('r', 'elsewhere', 'elsewhere')))).toBe(state);
  });

  it('in a thread shown in part, deleting an unseen reply moves only the count; reading it whole replaces it', () => {
    let state = opened(page([thread(root, [reply('r1', 'a', 'a')], 30)]));
    expect(state.threads[0]?.liveReplyCount).toBe(31);
    state = threadListReducer(state, live('deleted', reply('r25', 'a', 'a', { isDeleted: true })));
    expect(state.threads[0]?.liveReplyCount).toBe(30);
    state = threadListReducer(state, { type: 'whole-thread', thread: thread(root, [reply('r1', 'a', 'a'), reply('r2', 'a', 'a')]) });
    expect(state.threads[0]?.replies.map((x) => x.id)).toEqual(['r1', 'r2']);
    expect(state.threads[0]?.moreReplies).toBe(0);
  });
});

describe('toThreadNode', () => {
  it('nests replies under their parents, a reply whose parent was not sent under the root', () => {
    const node = toThreadNode(
      thread(at('a', 0), [reply('r1', 'a', 'a'), reply('r1-1', 'r1', 'a', { createdAt: LATER }), reply('lost', 'unsent', 'a')]),
    );
    const shape = (n: ReturnType<typeof toThreadNode>): unknown => [n.note.id, n.replies.map(shape)];
    expect(shape(node)).toEqual([
      'a',
      [
        ['r1', [['r1-1', []]]],
        ['lost', []],
      ],
    ]);
  });
});
