import { describe, expect, it } from 'vitest';
import { claimsForRange } from '@/lib/domain/anchoring';

// Three sentences with one-character gaps, as parseEssay produces them.
const CLAIMS = [
  { id: 'c1', start: 0, end: 10 },
  { id: 'c2', start: 11, end: 20 },
  { id: 'c3', start: 21, end: 30 },
];

const cases: { name: string; start: number; end: number; ids: string[] }[] = [
  { name: 'inside one claim', start: 2, end: 5, ids: ['c1'] },
  { name: 'exactly one claim', start: 11, end: 20, ids: ['c2'] },
  { name: 'across two claims', start: 5, end: 15, ids: ['c1', 'c2'] },
  { name: 'across all claims', start: 0, end: 30, ids: ['c1', 'c2', 'c3'] },
  { name: 'ending where a claim starts (touching is not overlapping)', start: 5, end: 11, ids: ['c1'] },
  { name: 'starting where a claim ends', start: 10, end: 15, ids: ['c2'] },
  { name: 'only the gap between two claims', start: 10, end: 11, ids: [] },
  { name: 'after the last claim', start: 30, end: 40, ids: [] },
  { name: 'an empty span', start: 5, end: 5, ids: [] },
  { name: 'a reversed span', start: 15, end: 5, ids: [] },
];

describe('claimsForRange', () => {
  it.each(cases)('$name', ({ start, end, ids }) => {
    expect(claimsForRange(CLAIMS, start, end)).toEqual(ids);
  });

  it('returns nothing when there are no claims', () => {
    expect(claimsForRange([], 0, 10)).toEqual([]);
  });

  it('agrees with a linear scan on a long essay', () => {
    const many = Array.from({ length: 5000 }, (_, i) => ({ id: `c${i}`, start: i * 7, end: i * 7 + 5 }));
    for (const [start, end] of [
      [0, 1],
      [3, 40],
      [34_990, 35_100],
      [12_345, 12_350],
      [4, 5],
      [5, 7],
    ] as const) {
      const expected = many.filter((c) => c.start < end && c.end > start).map((c) => c.id);
      expect(claimsForRange(many, start, end)).toEqual(expected);
    }
  });
});
