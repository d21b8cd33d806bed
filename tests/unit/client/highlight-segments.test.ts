import { describe, expect, it } from 'vitest';
import type { THighlightRange } from '@/lib/schemas/thread';
import { splitClaim } from '@/components/annotation/highlight-segments';

// A claim at canonical offsets 10–20; offset 10 is 'a', offset 19 is 'j'.
const CLAIM = { start: 10, end: 20, text: 'abcdefghij' };

/** A run as the reader sees it: the words, how dense the highlight over them is, and whether the selection covers them. */
type TRun = [text: string, density: number, isPending?: true];
const runs = (ranges: THighlightRange[], pending: { start: number; end: number } | null = null): TRun[] =>
  splitClaim(CLAIM, ranges, pending).map((s) => (s.isPending ? [s.text, s.density, true] : [s.text, s.density]));

describe('splitClaim', () => {
  it.each<{ name: string; ranges: THighlightRange[]; expected: TRun[] }>([
    { name: 'no highlights: the claim as one plain run', ranges: [], expected: [['abcdefghij', 0]] },
    {
      name: 'one range inside the claim',
      ranges: [{ start: 12, end: 15, density: 1 }],
      expected: [
        ['ab', 0],
        ['cde', 1],
        ['fghij', 0],
      ],
    },
    {
      name: 'a range running past both ends covers the whole claim',
      ranges: [{ start: 0, end: 40, density: 3 }],
      expected: [['abcdefghij', 3]],
    },
    {
      name: 'a range that starts before the claim is cut at the claim start',
      ranges: [{ start: 5, end: 13, density: 2 }],
      expected: [
        ['abc', 2],
        ['defghij', 0],
      ],
    },
    {
      name: 'ranges elsewhere in the essay do not touch the claim (including ones ending exactly at its start)',
      ranges: [
        { start: 0, end: 10, density: 1 },
        { start: 20, end: 30, density: 1 },
      ],
      expected: [['abcdefghij', 0]],
    },
    {
      name: 'neighbouring runs of different density stay apart',
      ranges: [
        { start: 12, end: 14, density: 1 },
        { start: 14, end: 16, density: 2 },
        { start: 16, end: 20, density: 1 },
      ],
      expected: [
        ['ab', 0],
        ['cd', 1],
        ['ef', 2],
        ['ghij', 1],
      ],
    },
    {
      name: 'many ranges before the claim are skipped over',
      ranges: [...Array.from({ length: 9 }, (_, i) => ({ start: i, end: i + 1, density: 1 })), { start: 18, end: 25, density: 4 }],
      expected: [
        ['abcdefgh', 0],
        ['ij', 4],
      ],
    },
  ])('$name', ({ ranges, expected }) => {
    expect(runs(ranges)).toEqual(expected);
  });

  it('an empty claim has nothing to draw', () => {
    expect(splitClaim({ start: 10, end: 10, text: '' }, [{ start: 0, end: 40, density: 1 }], null)).toEqual([]);
  });

  it('marks the pending selection apart from the highlight under it', () => {
    expect(runs([{ start: 10, end: 13, density: 1 }], { start: 12, end: 16 })).toEqual([
      ['ab', 1],
      ['c', 1, true],
      ['def', 0, true],
      ['ghij', 0],
    ]);
  });

  it('a selection in another claim marks nothing here', () => {
    expect(runs([], { start: 25, end: 30 })).toEqual([['abcdefghij', 0]]);
  });

  it('gives canonical offsets for each run, and never loses text', () => {
    const segments = splitClaim(CLAIM, [{ start: 12, end: 15, density: 1 }], null);
    expect(segments.map((s) => [s.start, s.end])).toEqual([
      [10, 12],
      [12, 15],
      [15, 20],
    ]);
    expect(segments.map((s) => s.text).join('')).toBe('abcdefghij');
  });
});
