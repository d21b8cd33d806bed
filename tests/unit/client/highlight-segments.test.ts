import { describe, expect, it } from 'vitest';
import { splitClaim, type TSpan } from '@/components/annotation/highlight-segments';

// A claim at canonical offsets 10–20; offset 10 is 'a', offset 19 is 'j'.
const CLAIM = { start: 10, end: 20, text: 'abcdefghij' };

/** A run as the reader sees it: the words, which notes lie over them (topmost first), and whether the selection does. */
type TRun = [text: string, ids: string[], isPending?: true];
const runs = (spans: TSpan[], pending: { start: number; end: number } | null = null): TRun[] =>
  splitClaim(CLAIM, spans, pending).map((s) => (s.isPending ? [s.text, s.ids, true] : [s.text, s.ids]));

describe('splitClaim', () => {
  it.each<{ name: string; spans: TSpan[]; expected: TRun[] }>([
    { name: 'no annotations: the claim as one plain run', spans: [], expected: [['abcdefghij', []]] },
    {
      name: 'one annotation inside the claim',
      spans: [{ id: 'a', start: 12, end: 15 }],
      expected: [
        ['ab', []],
        ['cde', ['a']],
        ['fghij', []],
      ],
    },
    {
      name: 'an annotation running past both ends covers the whole claim',
      spans: [{ id: 'a', start: 0, end: 40 }],
      expected: [['abcdefghij', ['a']]],
    },
    {
      name: 'an annotation that starts before the claim is cut at the claim start',
      spans: [{ id: 'a', start: 5, end: 13 }],
      expected: [
        ['abc', ['a']],
        ['defghij', []],
      ],
    },
    {
      name: 'annotations elsewhere in the essay do not touch the claim (including ones ending exactly at its start)',
      spans: [
        { id: 'before', start: 0, end: 10 },
        { id: 'after', start: 20, end: 30 },
      ],
      expected: [['abcdefghij', []]],
    },
    {
      name: 'overlapping: the shared run lists both, the shorter on top',
      spans: [
        { id: 'long', start: 14, end: 20 },
        { id: 'short', start: 12, end: 16 },
      ],
      expected: [
        ['ab', []],
        ['cd', ['short']],
        ['ef', ['short', 'long']],
        ['ghij', ['long']],
      ],
    },
    {
      name: 'nested: the inner note sits on top of the outer inside it',
      spans: [
        { id: 'outer', start: 10, end: 20 },
        { id: 'inner', start: 13, end: 15 },
      ],
      expected: [
        ['abc', ['outer']],
        ['de', ['inner', 'outer']],
        ['fghij', ['outer']],
      ],
    },
    {
      name: 'adjacent: touching notes share no character',
      spans: [
        { id: 'left', start: 10, end: 14 },
        { id: 'right', start: 14, end: 18 },
      ],
      expected: [
        ['abcd', ['left']],
        ['efgh', ['right']],
        ['ij', []],
      ],
    },
    {
      name: 'the same range twice: both listed on one run',
      spans: [
        { id: 'x', start: 11, end: 13 },
        { id: 'y', start: 11, end: 13 },
      ],
      expected: [
        ['a', []],
        ['bc', ['x', 'y']],
        ['defghij', []],
      ],
    },
  ])('$name', ({ spans, expected }) => {
    expect(runs(spans)).toEqual(expected);
  });

  it('an empty (zero-width) annotation highlights nothing and loses no text', () => {
    const segments = splitClaim(CLAIM, [{ id: 'empty', start: 15, end: 15 }], null);
    expect(segments.map((s) => s.text).join('')).toBe('abcdefghij');
    expect(segments.every((s) => s.ids.length === 0)).toBe(true);
  });

  it('an empty claim has nothing to draw', () => {
    expect(splitClaim({ start: 10, end: 10, text: '' }, [{ id: 'a', start: 0, end: 40 }], null)).toEqual([]);
  });

  it('marks the pending selection apart from the notes under it', () => {
    expect(runs([{ id: 'a', start: 10, end: 13 }], { start: 12, end: 16 })).toEqual([
      ['ab', ['a']],
      ['c', ['a'], true],
      ['def', [], true],
      ['ghij', []],
    ]);
  });

  it('a selection in another claim marks nothing here', () => {
    expect(runs([], { start: 25, end: 30 })).toEqual([['abcdefghij', []]]);
  });

  it('gives canonical offsets for each run', () => {
    expect(splitClaim(CLAIM, [{ id: 'a', start: 12, end: 15 }], null).map((s) => [s.start, s.end])).toEqual([
      [10, 12],
      [12, 15],
      [15, 20],
    ]);
  });
});
