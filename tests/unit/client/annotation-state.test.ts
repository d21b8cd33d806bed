import { describe, expect, it } from 'vitest';
import {
  buildThreads,
  countAllReplies,
  countByClaim,
  countLiveReplies,
  highlightSpans,
  isFiltering,
  matchesFilters,
  NO_FILTERS,
  toAnnotationMap,
  upsertAnnotation,
  type TThreadNode,
} from '@/components/annotation/annotation-state';
import { note, reply } from './annotation-view';

const NOON = '2026-12-01T12:00:00.000Z';
const ONE = '2026-12-01T13:00:00.000Z';
const TWO = '2026-12-01T14:00:00.000Z';

/** What the reader would see of one note: its words and whether it shows as deleted. */
const seen = (state: ReturnType<typeof toAnnotationMap>, id: string) => {
  const a = state.get(id);
  return a ? { body: a.body, isDeleted: a.isDeleted } : undefined;
};

describe('upsertAnnotation: merging live events into what the reader has', () => {
  it('inserts a note the reader did not have', () => {
    const state = upsertAnnotation(toAnnotationMap([]), note({ id: 'a', body: 'first' }), 'ada');
    expect(seen(state, 'a')).toEqual({ body: 'first', isDeleted: false });
    expect(state.size).toBe(1);
  });

  it('replaces a note with a later edit', () => {
    const before = toAnnotationMap([note({ id: 'a', body: 'draft' })]);
    const after = upsertAnnotation(before, note({ id: 'a', body: 'final', editedAt: ONE }), 'ada');
    expect(seen(after, 'a')).toEqual({ body: 'final', isDeleted: false });
  });

  it('ignores an edit that arrives after a newer one (out of order)', () => {
    const before = toAnnotationMap([note({ id: 'a', body: 'second edit', editedAt: TWO })]);
    const after = upsertAnnotation(before, note({ id: 'a', body: 'first edit', editedAt: ONE }), 'ada');
    expect(seen(after, 'a')).toEqual({ body: 'second edit', isDeleted: false });
    expect(after).toBe(before);
  });

  it('ignores the original creation replayed after an edit (reconnect)', () => {
    const before = toAnnotationMap([note({ id: 'a', body: 'edited', editedAt: ONE })]);
    const after = upsertAnnotation(before, note({ id: 'a', body: 'original' }), 'ada');
    expect(seen(after, 'a')).toEqual({ body: 'edited', isDeleted: false });
  });

  it('takes a duplicate of the same version, so a re-anchored copy moves the highlight', () => {
    const before = toAnnotationMap([note({ id: 'a', start: 0, end: 10 })]);
    const after = upsertAnnotation(before, note({ id: 'a', start: 4, end: 14 }), 'ada');
    expect(after.get('a')?.start).toBe(4);
    expect(after.get('a')?.end).toBe(14);
    expect(after.size).toBe(1);
  });

  it('applies a deletion', () => {
    const before = toAnnotationMap([note({ id: 'a', body: 'words' })]);
    const after = upsertAnnotation(before, note({ id: 'a', body: '', isDeleted: true, editedAt: ONE }), 'ada');
    expect(seen(after, 'a')).toEqual({ body: '', isDeleted: true });
  });

  it('keeps a note deleted when a later-stamped edit arrives after the deletion', () => {
    const before = toAnnotationMap([note({ id: 'a', body: '', isDeleted: true, editedAt: ONE })]);
    const after = upsertAnnotation(before, note({ id: 'a', body: 'resurrected?', editedAt: TWO }), 'ada');
    expect(seen(after, 'a')).toEqual({ body: '', isDeleted: true });
  });

  it('deletes even when the deletion carries an earlier time than the copy held', () => {
    const before = toAnnotationMap([note({ id: 'a', body: 'edited', editedAt: TWO })]);
    const after = upsertAnnotation(before, note({ id: 'a', body: '', isDeleted: true, editedAt: ONE }), 'ada');
    expect(seen(after, 'a')).toEqual({ body: '', isDeleted: true });
  });

  it("never shows someone else's private note, whatever the stream says", () => {
    const state = upsertAnnotation(
      toAnnotationMap([]),
      note({ id: 'p', visibility: 'PRIVATE', author: { handle: 'h-bo', name: 'Bo', isViewer: false } }),
      'ada',
    );
    expect(state.size).toBe(0);
    const signedOut = upsertAnnotation(toAnnotationMap([]), note({ id: 'p', visibility: 'PRIVATE' }), null);
    expect(signedOut.size).toBe(0);
  });

  it('shows the reader their own private note', () => {
    const state = upsertAnnotation(toAnnotationMap([]), note({ id: 'p', visibility: 'PRIVATE', body: 'mine' }), 'ada');
    expect(seen(state, 'p')).toEqual({ body: 'mine', isDeleted: false });
  });

  it('leaves the previous state untouched (React compares by reference)', () => {
    const before = toAnnotationMap([note({ id: 'a', body: 'old' })]);
    upsertAnnotation(before, note({ id: 'a', body: 'new', editedAt: ONE }), 'ada');
    upsertAnnotation(before, note({ id: 'b' }), 'ada');
    expect(before.size).toBe(1);
    expect(before.get('a')?.body).toBe('old');
  });
});

/** A thread as ids, to compare shapes by eye: ['a', [['r1', []]]]. */
type TShape = [string, TShape[]];
const shape = (node: TThreadNode): TShape => [node.note.id, node.replies.map(shape)];

describe('buildThreads', () => {
  it('orders roots by where they start, then where they end, then when they were written; orphans last', () => {
    const state = toAnnotationMap([
      note({ id: 'orphan', start: null, end: null, anchorStatus: 'ORPHANED' }),
      note({ id: 'late-start', start: 50, end: 60 }),
      note({ id: 'long', start: 5, end: 40 }),
      note({ id: 'short', start: 5, end: 20 }),
      note({ id: 'short-later', start: 5, end: 20, createdAt: ONE }),
    ]);
    expect(buildThreads(state).map(shape)).toEqual([
      ['short', []],
      ['short-later', []],
      ['long', []],
      ['late-start', []],
      ['orphan', []],
    ]);
  });

  it('puts each reply under its parent, oldest first, to any depth', () => {
    const state = toAnnotationMap([
      reply('r2', 'a', 'a', { createdAt: TWO }),
      reply('r1', 'a', 'a', { createdAt: ONE }),
      reply('r1-1', 'r1', 'a', { createdAt: TWO }),
      note({ id: 'a', createdAt: NOON }),
    ]);
    expect(buildThreads(state).map(shape)).toEqual([
      [
        'a',
        [
          ['r1', [['r1-1', []]]],
          ['r2', []],
        ],
      ],
    ]);
  });

  it('hangs a reply whose parent the reader cannot see under the thread root', () => {
    const state = toAnnotationMap([note({ id: 'a' }), reply('r2', 'invisible', 'a')]);
    expect(buildThreads(state).map(shape)).toEqual([['a', [['r2', []]]]]);
  });

  it('drops a reply when neither its parent nor its root is known', () => {
    const state = toAnnotationMap([note({ id: 'a' }), reply('stray', 'gone', 'also-gone')]);
    expect(buildThreads(state).map(shape)).toEqual([['a', []]]);
  });
});

describe('counting replies', () => {
  const [thread] = buildThreads(
    toAnnotationMap([
      note({ id: 'a' }),
      reply('r1', 'a', 'a', { createdAt: ONE }),
      reply('r1-1', 'r1', 'a', { createdAt: TWO }),
      reply('r2', 'a', 'a', { createdAt: TWO, isDeleted: true, body: '' }),
    ]),
  );

  it('counts live replies at every depth, not deleted placeholders', () => {
    expect(countLiveReplies(thread!)).toBe(2);
  });

  it('counts every reply, placeholders included, for "Show n more replies"', () => {
    expect(countAllReplies(thread!)).toBe(3);
  });

  it('counts a reply under a deleted reply as live', () => {
    const [t] = buildThreads(
      toAnnotationMap([note({ id: 'a' }), reply('gone', 'a', 'a', { isDeleted: true }), reply('kept', 'gone', 'a')]),
    );
    expect(countLiveReplies(t!)).toBe(1);
    expect(countAllReplies(t!)).toBe(2);
  });
});

describe('filters', () => {
  const bo = { handle: 'h-bo', name: 'Bo', isViewer: false };
  const threads = buildThreads(
    toAnnotationMap([
      note({ id: 'question', motivation: 'QUESTIONING', start: 0, end: 5, tags: ['evidence'] }),
      note({ id: 'bo-comment', motivation: 'COMMENTING', start: 10, end: 15, author: bo }),
      reply('answer', 'bo-comment', 'bo-comment'),
      note({ id: 'deleted-by-bo', motivation: 'COMMENTING', start: 20, end: 25, author: bo, isDeleted: true }),
      note({ id: 'only-dead-reply', start: 30, end: 35 }),
      reply('dead', 'only-dead-reply', 'only-dead-reply', { isDeleted: true }),
    ]),
  );
  const kept = (filters: Partial<typeof NO_FILTERS>, viewerId: string | null = 'ada') =>
    threads.filter((t) => matchesFilters(t, { ...NO_FILTERS, ...filters }, viewerId)).map((t) => t.note.id);

  it.each([
    { name: 'no filter shows every thread', filters: {}, ids: ['question', 'bo-comment', 'deleted-by-bo', 'only-dead-reply'] },
    { name: 'by motivation', filters: { motivation: 'COMMENTING' as const }, ids: ['bo-comment', 'deleted-by-bo'] },
    { name: 'by tag', filters: { tag: 'evidence' }, ids: ['question'] },
    { name: 'by author leaves out their deleted notes', filters: { authorHandle: 'h-bo' }, ids: ['bo-comment'] },
    { name: 'mine', filters: { isMine: true }, ids: ['question', 'only-dead-reply'] },
    {
      name: 'unanswered: a deleted reply is no answer',
      filters: { isUnanswered: true },
      ids: ['question', 'deleted-by-bo', 'only-dead-reply'],
    },
    { name: 'filters combine', filters: { isMine: true, tag: 'evidence' }, ids: ['question'] },
  ])('$name', ({ filters, ids }) => {
    expect(kept(filters)).toEqual(ids);
  });

  it('"mine" shows nothing to a signed-out reader', () => {
    expect(kept({ isMine: true }, null)).toEqual([]);
  });

  it('knows when any filter is on', () => {
    expect(isFiltering(NO_FILTERS)).toBe(false);
    expect(isFiltering({ ...NO_FILTERS, motivation: 'TAGGING' })).toBe(true);
    expect(isFiltering({ ...NO_FILTERS, tag: 'x' })).toBe(true);
    expect(isFiltering({ ...NO_FILTERS, authorHandle: 'h-bo' })).toBe(true);
    expect(isFiltering({ ...NO_FILTERS, isMine: true })).toBe(true);
    expect(isFiltering({ ...NO_FILTERS, isUnanswered: true })).toBe(true);
  });
});

describe('highlightSpans', () => {
  it('draws live roots that resolve in the text, and nothing else', () => {
    const state = toAnnotationMap([
      note({ id: 'drawn', start: 3, end: 9 }),
      note({ id: 'fuzzy', start: 12, end: 20, anchorStatus: 'FUZZY' }),
      note({ id: 'deleted', isDeleted: true }),
      note({ id: 'orphan', anchorStatus: 'ORPHANED', start: null, end: null }),
      reply('a-reply', 'drawn', 'drawn'),
    ]);
    expect(highlightSpans(state)).toEqual([
      { id: 'drawn', start: 3, end: 9 },
      { id: 'fuzzy', start: 12, end: 20 },
    ]);
  });
});

describe('countByClaim', () => {
  it('counts live notes per claim, a note on two claims counting for both', () => {
    const state = toAnnotationMap([
      note({ id: 'a', claimIds: ['c1'] }),
      note({ id: 'b', claimIds: ['c1', 'c2'] }),
      note({ id: 'gone', claimIds: ['c2', 'c3'], isDeleted: true }),
    ]);
    expect(Object.fromEntries(countByClaim(state))).toEqual({ c1: 2, c2: 1 });
  });
});

describe('live events in any order end in the same state', () => {
  const created = note({ id: 'a', body: 'first words' });
  const edited = note({ id: 'a', body: 'second words', editedAt: ONE });
  const reEdited = note({ id: 'a', body: 'third words', editedAt: TWO });
  const deleted = note({ id: 'a', body: '', isDeleted: true, editedAt: ONE });

  /** Every order of a list: 3 events, 6 orders. */
  const orders = <T>(items: T[]): T[][] =>
    items.length <= 1
      ? [items]
      : items.flatMap((item, i) => orders([...items.slice(0, i), ...items.slice(i + 1)]).map((rest) => [item, ...rest]));
  const replay = (events: ReturnType<typeof note>[]) => events.reduce((state, e) => upsertAnnotation(state, e, 'ada'), toAnnotationMap([]));

  it.each(orders([created, edited, reEdited]).map((events) => ({ events, order: events.map((e) => e.body).join(' → ') })))(
    'edits: $order shows the latest edit',
    ({ events }) => {
      expect(seen(replay(events), 'a')).toEqual({ body: 'third words', isDeleted: false });
    },
  );

  it.each(
    orders([created, reEdited, deleted]).map((events) => ({
      events,
      order: events.map((e) => (e.isDeleted ? 'delete' : e.body)).join(' → '),
    })),
  )('deletion: $order shows the note deleted', ({ events }) => {
    expect(seen(replay(events), 'a')).toEqual({ body: '', isDeleted: true });
  });

  it('an event replayed twice after a reconnect changes nothing the second time', () => {
    const once = replay([created, edited]);
    const twice = replay([created, edited, edited, created]);
    expect(seen(twice, 'a')).toEqual(seen(once, 'a'));
    expect(twice.size).toBe(1);
  });
});
