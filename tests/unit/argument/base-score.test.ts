import { describe, expect, it } from 'vitest';
import { argumentBaseScore, claimBaseScore, edgeWeight } from '@/lib/domain/argument';

// Bayesian average with 2 pseudo-votes at 0.5: (Σ count·score + 1) / (n + 2).
// Agreement values 1..5 score 0, 0.25, 0.5, 0.75, 1; impact 0..4 scores impact / 4.
describe('claimBaseScore', () => {
  it.each([
    { name: 'no ratings: undecided', histogram: [0, 0, 0, 0, 0], expected: 0.5 },
    { name: 'two strong agreements', histogram: [0, 0, 0, 0, 2], expected: 3 / 4 },
    { name: 'ten strong agreements', histogram: [0, 0, 0, 0, 10], expected: 11 / 12 },
    { name: 'ten strong disagreements', histogram: [10, 0, 0, 0, 0], expected: 1 / 12 },
    { name: 'three agree, one strongly', histogram: [0, 0, 0, 3, 1], expected: (3 * 0.75 + 1 + 1) / 6 },
    { name: 'one of each', histogram: [1, 1, 1, 1, 1], expected: 0.5 },
  ])('$name', ({ histogram, expected }) => {
    expect(claimBaseScore(histogram)).toBeCloseTo(expected, 12);
  });

  it('rejects a histogram that is not 5 counts', () => {
    expect(() => claimBaseScore([1, 2, 3])).toThrow(RangeError);
  });
});

describe('argumentBaseScore', () => {
  it.each([
    { name: 'no votes', histogram: [0, 0, 0, 0, 0], expected: 0.5 },
    { name: 'one top-impact vote', histogram: [0, 0, 0, 0, 1], expected: 2 / 3 },
    { name: 'three votes of impact 3', histogram: [0, 0, 0, 3, 0], expected: 0.65 },
    { name: 'a 0 and a 4', histogram: [1, 0, 0, 0, 1], expected: 0.5 },
    { name: 'eight votes of impact 0', histogram: [8, 0, 0, 0, 0], expected: 0.1 },
  ])('$name', ({ histogram, expected }) => {
    expect(argumentBaseScore(histogram)).toBeCloseTo(expected, 12);
  });
});

// weight = min(1, 2·p) with p = (relevant + 1) / (relevant + notRelevant + 2).
describe('edgeWeight', () => {
  it.each([
    { relevant: 0, notRelevant: 0, expected: 1 },
    { relevant: 5, notRelevant: 0, expected: 1 },
    { relevant: 3, notRelevant: 3, expected: 1 },
    { relevant: 2, notRelevant: 3, expected: 6 / 7 },
    { relevant: 0, notRelevant: 1, expected: 2 / 3 },
    { relevant: 1, notRelevant: 5, expected: 0.5 },
    { relevant: 0, notRelevant: 10, expected: 1 / 6 },
  ])('$relevant relevant, $notRelevant not relevant → $expected', ({ relevant, notRelevant, expected }) => {
    expect(edgeWeight(relevant, notRelevant)).toBeCloseTo(expected, 12);
  });

  it.each([
    [-1, 0],
    [0, 1.5],
  ])('rejects counts %d, %d', (relevant, notRelevant) => {
    expect(() => edgeWeight(relevant, notRelevant)).toThrow(RangeError);
  });
});
