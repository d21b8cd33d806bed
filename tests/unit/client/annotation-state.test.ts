import { describe, expect, it } from 'vitest';
import {
  buildThreads,
  countAllReplies,
  countLiveReplies,
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
