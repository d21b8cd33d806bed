import { describe, expect, it } from 'vitest';
import type { THighlightRange } from '@/lib/schemas/thread';
import { claimCountDeltas, drawnRanges, recordChange, type TChangeType, type TLiveDeltas } from '@/components/annotation/live-deltas';
import { note, reply } from './annotation-view';

const NONE: TLiveDeltas = new Map();
const apply = (...changes: [TChangeType, ReturnType<typeof note>][]) => changes.reduce((d, [type, n]) => recordChange(d, type, n), NONE);

describe('drawnRanges: the server ranges with live changes laid over them', () => {
  it.each<{ name: string; server: THighlightRange[]; changes: [TChangeType, ReturnType<typeof note>][]; expected: THighlightRange[] }>([
    {
      name: 'no changes: the server ranges as they are',
      server: [{ start: 0, end: 10, density: 2 }],
      changes: [],
      expected: [{ start: 0, end: 10, density: 2 }],
    },
    {
      name: 'a new note over plain text is a new run of density 1',
      server: [{ start: 0, end: 10, density: 1 }],
      changes: [['created', note({ id: 'n', start: 20, end: 30 })]],
      expected: [
        { start: 0, end: 10, density: 1 },
        { start: 20, end: 30, density: 1 },
      ],
    },
    {
      name: 'a new note half over a run splits it',
      server: [{ start: 0, end: 10, density: 1 }],
      changes: [['created', note({ id: 'n', start: 5, end: 15 })]],
      expected: [
        { start: 0, end: 5, density: 1 },
        { start: 5, end: 10, density: 2 },
        { start: 10, end: 15, density: 1 },
      ],
    },
    {
      name: 'a new note touching a run of the same density merges with it',
      server: [{ start: 0, end: 10, density: 1 }],
      changes: [['created', note({ id: 'n', start: 10, end: 15 })]],
      expected: [{ start: 0, end: 15, density: 1 }],
    },
    {
      name: 'deleting the only note there removes the run',
      server: [{ start: 0, end: 10, density: 1 }],
      changes: [['deleted', note({ id: 'old', start: 0, end: 10, isDeleted: true })]],
      expected: [],
    },
    {
      name: 'deleting one of two notes lightens the shared part only',
      server: [
        { start: 0, end: 5, density: 1 },
        { start: 5, end: 10, density: 2 },
        { start: 10, end: 15, density: 1 },
      ],
      changes: [['deleted', note({ id: 'old', start: 5, end: 15, isDeleted: true })]],
      expected: [{ start: 0, end: 10, density: 1 }],
    },
    {
      name: 'density stops at the cap (5)',
      server: [{ start: 0, end: 10, density: 5 }],
      changes: [['created', note({ id: 'n', start: 0, end: 10 })]],
      expected: [{ start: 0, end: 10, density: 5 }],
    },
    {
      name: 'a run never goes below nothing',
      server: [],
      changes: [['deleted', note({ id: 'old', start: 0, end: 10, isDeleted: true })]],
      expected: [],
    },
    {
      name: 'replies and orphans draw nothing',
      server: [],
      changes: [
        ['created', reply('r', 'root', 'root')],
        ['created', note({ id: 'o', anchorStatus: 'ORPHANED', start: null, end: null })],
      ],
      expected: [],
    },
  ])('$name', ({ server, changes, expected }) => {
    expect(drawnRanges(server, apply(...changes))).toEqual(expected);
  });
});

describe('recordChange: each note counts once, whatever arrives twice', () => {
  const created = note({ id: 'n', start: 0, end: 10, claimIds: ['c1'] });
  const deleted = { ...created, body: '', isDeleted: true, editedAt: '2026-12-01T13:00:00.000Z' };

  it('our own write and then its echo from the stream add one', () => {
    expect(drawnRanges([], apply(['local', created], ['created', created]))).toEqual([{ start: 0, end: 10, density: 1 }]);
  });

  it('a note added live and then deleted leaves nothing, even when both events come again', () => {
    const deltas = apply(['local', created], ['local', deleted], ['created', created], ['deleted', deleted]);
    expect(drawnRanges([], deltas)).toEqual([]);
    expect(Object.fromEntries(claimCountDeltas(deltas))).toEqual({});
  });

  it('a note the server had counted, deleted twice, is taken away once', () => {
    const deltas = apply(['deleted', deleted], ['local', deleted]);
    expect(drawnRanges([{ start: 0, end: 10, density: 2 }], deltas)).toEqual([{ start: 0, end: 10, density: 1 }]);
    expect(Object.fromEntries(claimCountDeltas(deltas))).toEqual({ c1: -1 });
  });

  it('an edit moves nothing', () => {
    const edited = { ...created, body: 'new words', editedAt: '2026-12-01T13:00:00.000Z' };
    expect(apply(['updated', edited], ['local', edited]).size).toBe(0);
  });
});

describe('claimCountDeltas: the badges move as notes come and go', () => {
  it('counts a note on two claims for both, and a deletion against its claims', () => {
    const deltas = apply(
      ['created', note({ id: 'a', claimIds: ['c1'] })],
      ['created', note({ id: 'b', claimIds: ['c1', 'c2'] })],
      ['deleted', note({ id: 'old', claimIds: ['c2', 'c3'], isDeleted: true })],
    );
    expect(Object.fromEntries(claimCountDeltas(deltas))).toEqual({ c1: 2, c2: 0, c3: -1 });
  });
});
