import { describe, expect, it } from 'vitest';
import { summarizeRatings, toHistogram, type TConsensusKind, type TRatingDimension } from '@/lib/domain/rating';

type TCase = {
  name: string;
  histogram: number[];
  dimension?: TRatingDimension;
  count: number;
  mean: number | null;
  spread: number | null;
  kind: TConsensusKind;
  label: string;
  agreement: number | null;
};

// Histograms are counts of the values 1..5. Means and spreads are population figures on the 1..5
// scale; agreement is van der Eijk's A (its layer arithmetic is in van-der-eijk-agreement.test.ts).
const cases: TCase[] = [
  {
    name: 'nobody rated',
    histogram: [0, 0, 0, 0, 0],
    count: 0,
    mean: null,
    spread: null,
    kind: 'too-few',
    label: 'too few ratings',
    agreement: null,
  },
  {
    name: 'two ratings are too few',
    histogram: [0, 0, 0, 0, 2],
    count: 2,
    mean: 5,
    spread: 0,
    kind: 'too-few',
    label: 'too few ratings',
    agreement: null,
  },
  {
    name: 'all 5s: broad agreement',
    histogram: [0, 0, 0, 0, 6],
    count: 6,
    mean: 5,
    spread: 0,
    kind: 'broad-agreement',
    label: 'broad agreement',
    agreement: 1,
  },
  {
    name: 'all 1s and 2s: broad disagreement',
    histogram: [3, 3, 0, 0, 0],
    count: 6,
    mean: 1.5,
    spread: 0.5,
    kind: 'broad-agreement',
    label: 'broad disagreement',
    agreement: 0.75,
  },
  {
    name: 'all 3s: agreed to be undecided',
    histogram: [0, 0, 4, 0, 0],
    count: 4,
    mean: 3,
    spread: 0,
    kind: 'broad-agreement',
    label: 'broadly neutral',
    agreement: 1,
  },
  {
    name: 'mostly 5s with a few 3s and 4s',
    histogram: [0, 0, 1, 3, 6],
    count: 10,
    mean: 4.5,
    spread: Math.sqrt(0.45),
    kind: 'broad-agreement',
    label: 'broad agreement',
    agreement: 0.75,
  },
  {
    name: 'agreeing on the whole, with dissent',
    histogram: [1, 1, 2, 3, 3],
    count: 10,
    mean: 3.6,
    spread: Math.sqrt(1.64),
    kind: 'leaning',
    label: 'leaning agree',
    agreement: 0.3,
  },
  {
    name: 'a bell around 3',
    histogram: [1, 2, 4, 2, 1],
    count: 10,
    mean: 3,
    spread: Math.sqrt(1.2),
    kind: 'leaning',
    label: 'leaning neutral',
    agreement: 0.35,
  },
  {
    name: 'uniform: mixed, not split',
    histogram: [2, 2, 2, 2, 2],
    count: 10,
    mean: 3,
    spread: Math.SQRT2,
    kind: 'mixed',
    label: 'mixed views',
    agreement: 0,
  },
  {
    name: 'half 1s, half 5s: split',
    histogram: [3, 0, 0, 0, 3],
    count: 6,
    mean: 3,
    spread: 2,
    kind: 'split',
    label: 'split',
    agreement: -1,
  },
  {
    name: 'two camps and a few in between: split',
    histogram: [2, 0, 1, 0, 2],
    count: 5,
    mean: 3,
    spread: Math.sqrt(3.2),
    kind: 'split',
    label: 'split',
    agreement: -17 / 30,
  },
  {
    name: 'three peaks (1, 3, 5) with a thin low side: mixed',
    histogram: [1, 0, 2, 0, 2],
    count: 5,
    mean: 3.4,
    spread: Math.sqrt(2.24),
    kind: 'mixed',
    label: 'mixed views',
    agreement: -0.1,
  },
  {
    name: 'a large camp and a small one: mixed',
    histogram: [7, 0, 0, 0, 2],
    count: 9,
    mean: 17 / 9,
    spread: Math.sqrt(224 / 81),
    kind: 'mixed',
    label: 'mixed views',
    agreement: 1 / 9,
  },
  {
    name: 'evidence: almost all 5s',
    histogram: [0, 0, 0, 1, 9],
    dimension: 'EVIDENCE',
    count: 10,
    mean: 4.9,
    spread: 0.3,
    kind: 'broad-agreement',
    label: 'evidence judged strong',
    agreement: 0.95,
  },
  {
    name: 'evidence: mostly 1s and 2s',
    histogram: [4, 4, 1, 0, 0],
    dimension: 'EVIDENCE',
    count: 9,
    mean: 15 / 9,
    spread: Math.sqrt(4 / 9),
    kind: 'broad-agreement',
    label: 'evidence judged weak',
    agreement: 2 / 3,
  },
  {
    name: 'evidence: a bell around 3',
    histogram: [1, 2, 4, 2, 1],
    dimension: 'EVIDENCE',
    count: 10,
    mean: 3,
    spread: Math.sqrt(1.2),
    kind: 'leaning',
    label: 'evidence leaning moderate',
    agreement: 0.35,
  },
  {
    name: 'evidence: uniform',
    histogram: [1, 1, 1, 1, 1],
    dimension: 'EVIDENCE',
    count: 5,
    mean: 3,
    spread: Math.SQRT2,
    kind: 'mixed',
    label: 'mixed views on evidence',
    agreement: 0,
  },
  {
    name: 'evidence: half 1s, half 5s',
    histogram: [5, 0, 0, 0, 5],
    dimension: 'EVIDENCE',
    count: 10,
    mean: 3,
    spread: 2,
    kind: 'split',
    label: 'split on evidence',
    agreement: -1,
  },
];

describe('summarizeRatings', () => {
  it.each(cases)('$name', ({ histogram, dimension, count, mean, spread, kind, label, agreement }) => {
    const summary = summarizeRatings(histogram, { dimension: dimension ?? 'AGREEMENT' });
    expect(summary.count).toBe(count);
    expect(summary.histogram).toEqual(histogram);
    const pairs: [number | null, number | null][] = [
      [summary.mean, mean],
      [summary.spread, spread],
      [summary.consensus.agreement, agreement],
    ];
    for (const [actual, expected] of pairs) {
      if (expected === null) expect(actual).toBeNull();
      else expect(actual).toBeCloseTo(expected, 12);
    }
    expect(summary.consensus.kind).toBe(kind);
    expect(summary.consensus.label).toBe(label);
  });

  it('words agreement ratings by default', () => {
    expect(summarizeRatings([0, 0, 0, 0, 3]).consensus.label).toBe('broad agreement');
  });

  it('returns a copy of the histogram', () => {
    const histogram = [0, 1, 2, 3, 4];
    summarizeRatings(histogram).histogram.push(99);
    expect(histogram).toEqual([0, 1, 2, 3, 4]);
  });

  it.each([
    { name: 'four counts', histogram: [1, 2, 3, 4] },
    { name: 'six counts', histogram: [1, 2, 3, 4, 5, 6] },
    { name: 'a negative count', histogram: [1, -1, 0, 0, 0] },
    { name: 'a fractional count', histogram: [1, 0.5, 0, 0, 0] },
    { name: 'NaN', histogram: [Number.NaN, 0, 0, 0, 0] },
  ])('rejects $name', ({ histogram }) => {
    expect(() => summarizeRatings(histogram)).toThrow(RangeError);
  });
});

describe('toHistogram', () => {
  it('zero-fills a GROUP BY result', () => {
    expect(
      toHistogram(
        [
          { value: 5, count: 3 },
          { value: 2, count: 1 },
        ],
        { min: 1, max: 5 },
      ),
    ).toEqual([0, 1, 0, 0, 3]);
  });

  it('works for impact votes on 0..4', () => {
    expect(
      toHistogram(
        [
          { value: 0, count: 2 },
          { value: 4, count: 1 },
        ],
        { min: 0, max: 4 },
      ),
    ).toEqual([2, 0, 0, 0, 1]);
  });

  it('rejects a value outside the scale', () => {
    expect(() => toHistogram([{ value: 6, count: 1 }], { min: 1, max: 5 })).toThrow(RangeError);
  });
});
