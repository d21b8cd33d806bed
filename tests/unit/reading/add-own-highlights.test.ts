import { describe, expect, it } from 'vitest';
import { addOwnHighlights, type TDepthRun } from '@/lib/domain/reading/add-own-highlights';

describe('addOwnHighlights', () => {
  it.each<[string, TDepthRun[], [number, number][], TDepthRun[]]>([
    ['nothing at all', [], [], []],
    [
      'shared runs alone, capped at 5 and merged',
      [
        { start: 0, end: 10, density: 7 },
        { start: 10, end: 20, density: 5 },
      ],
      [],
      [{ start: 0, end: 20, density: 5 }],
    ],
    ['an own note alone', [], [[3, 8]], [{ start: 3, end: 8, density: 1 }]],
    ['an empty own span draws nothing', [{ start: 0, end: 4, density: 1 }], [[6, 6]], [{ start: 0, end: 4, density: 1 }]],
    [
      'an own note overlapping a shared run deepens the overlap only',
      [{ start: 0, end: 10, density: 1 }],
      [[5, 15]],
      [
        { start: 0, end: 5, density: 1 },
        { start: 5, end: 10, density: 2 },
        { start: 10, end: 15, density: 1 },
      ],
    ],
    [
      'an own note on a run of depth 4 reaches the cap',
      [{ start: 0, end: 10, density: 4 }],
      [[0, 10]],
      [{ start: 0, end: 10, density: 5 }],
    ],
    [
      'an own note on a run already above the cap changes nothing drawn',
      [{ start: 0, end: 10, density: 9 }],
      [[2, 4]],
      [{ start: 0, end: 10, density: 5 }],
    ],
    [
      'an own note filling a gap joins its neighbours of equal density',
      [
        { start: 0, end: 4, density: 1 },
        { start: 6, end: 9, density: 1 },
      ],
      [[4, 6]],
      [{ start: 0, end: 9, density: 1 }],
    ],
  ])('%s', (_name, shared, own, expected) => {
    expect(addOwnHighlights(shared, own, 5)).toEqual(expected);
  });

  it('match a count done character by character', () => {
    // Notes as [start, end) spans: the shared ones counted into uncapped runs by hand here, the
    // expected answer counted per character over all notes together.
    let seed = 7;
    const rand = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed % n);
    for (let round = 0; round < 200; round++) {
      const span = (): [number, number] => {
        const s = rand(60);
        return [s, s + rand(15)];
      };
      const sharedNotes = Array.from({ length: rand(20) }, span);
      const own = Array.from({ length: rand(4) }, span);
      const depthAt = (notes: [number, number][], i: number) => notes.filter(([s, e]) => s <= i && i < e).length;
      const shared: TDepthRun[] = [];
      for (let i = 0; i < 80; i++) {
        const d = depthAt(sharedNotes, i);
        const last = shared[shared.length - 1];
        if (d === 0) continue;
        if (last && last.end === i && last.density === d) last.end = i + 1;
        else shared.push({ start: i, end: i + 1, density: d });
      }
      const perChar = Array.from({ length: 80 }, (_, i) => Math.min(depthAt([...sharedNotes, ...own], i), 5));
      const drawnFrom = (runs: TDepthRun[]) => {
        const drawn = Array.from({ length: 80 }, () => 0);
        for (const run of addOwnHighlights(runs, own, 5)) for (let i = run.start; i < run.end; i++) drawn[i] = run.density;
        return drawn;
      };
      expect(drawnFrom(shared)).toEqual(perChar);
      // The server keeps the shared runs capped at 5 and merged: the drawing must not change.
      const capped: TDepthRun[] = [];
      for (const run of shared) {
        const density = Math.min(run.density, 5);
        const last = capped[capped.length - 1];
        if (last && last.end === run.start && last.density === density) last.end = run.end;
        else capped.push({ ...run, density });
      }
      expect(drawnFrom(capped)).toEqual(perChar);
    }
  });
});
