import { describe, expect, it } from 'vitest';
import { vanDerEijkAgreement } from '@/lib/domain/rating';

// Layer arithmetic (K = 5): a layer using S neighbouring categories has U = 1 and A = 1 − (S−1)/4;
// a layer using only 1 and 5 has 3 triples 1-0-1 and none 1-1-0, so U = (3·0 − 4·3)/(3·3) = −4/3
// and A = −4/3 · (1 − 1/4) = −1.
const cases: { name: string; histogram: number[]; expected: number | null }[] = [
  { name: 'empty', histogram: [0, 0, 0, 0, 0], expected: null },
  { name: 'one value only', histogram: [0, 0, 0, 0, 7], expected: 1 },
  { name: 'two neighbouring values, evenly', histogram: [0, 0, 5, 5, 0], expected: 0.75 },
  { name: 'three neighbouring values, evenly', histogram: [0, 1, 1, 1, 0], expected: 0.5 },
  { name: 'uniform', histogram: [2, 2, 2, 2, 2], expected: 0 },
  { name: 'only the two ends', histogram: [4, 0, 0, 0, 4], expected: -1 },
  // Layers: {3,4,5} ×1 (weight 3/10, A 0.5), {4,5} ×2 (4/10, 0.75), {5} ×3 (3/10, 1) → 0.15 + 0.3 + 0.3.
  { name: 'a peak at 5 with a tail', histogram: [0, 0, 1, 3, 6], expected: 0.75 },
  // Layers: {1,3,5} ×1 (weight 3/5; TU 2, TDU 4 → U = (6 − 16)/18 = −5/9, A = −5/9 · 1/2 = −5/18)
  // and {1,5} ×1 (weight 2/5, A −1) → −1/6 − 2/5 = −17/30.
  { name: 'two camps and a middle', histogram: [2, 0, 1, 0, 2], expected: -17 / 30 },
];

describe('vanDerEijkAgreement', () => {
  it.each(cases)('$name', ({ histogram, expected }) => {
    const agreement = vanDerEijkAgreement(histogram);
    if (expected === null) expect(agreement).toBeNull();
    else expect(agreement).toBeCloseTo(expected, 12);
  });

  it('does not depend on the number of raters, only on the shape', () => {
    expect(vanDerEijkAgreement([3, 0, 6, 0, 9])).toBeCloseTo(vanDerEijkAgreement([1, 0, 2, 0, 3]) ?? Number.NaN, 12);
  });

  it('needs at least three categories', () => {
    expect(() => vanDerEijkAgreement([1, 1])).toThrow(RangeError);
  });
});
