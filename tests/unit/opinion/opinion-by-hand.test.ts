import { describe, expect, it } from 'vitest';
import { claimOpinions, findCruxes, projectMembers, representativeClaims } from '@/lib/domain/opinion';

describe('a small case computed by hand', () => {
  it('projects two opposite pairs onto ±√2 along the first component', () => {
    // Votes (claim 1, claim 2): m1 = m2 = (1, −1), m3 = m4 = (−1, 1). Column means are 0.
    // Covariance (divisor n − 1 = 3): [[4/3, −4/3], [−4/3, 4/3]]: eigenvalues 8/3 and 0;
    // first component (1, −1)/√2 (sign: the largest loading positive, the first of a tie).
    // m1: 1·(1/√2) + (−1)·(−1/√2) = √2; every member rated both claims, so the scale √(2/2) = 1.
    // The second component (1, 1)/√2 gives 1/√2 − 1/√2 = 0.
    const positions = projectMembers(
      [
        [1, -1],
        [1, -1],
        [-1, 1],
        [-1, 1],
      ],
      2,
    );
    expect(positions.map((p) => p.x)).toEqual([Math.SQRT2, Math.SQRT2, -Math.SQRT2, -Math.SQRT2].map((v) => expect.closeTo(v, 10)));
    for (const p of positions) expect(p.y).toBeCloseTo(0, 10);
  });

  it('scores a claim two groups of three split on: consensus, representativeness and crux', () => {
    // Group 0 (members 0–2) rates the claim 5, 5, 4: A = 3, S = 3. Group 1 rates 1, 2, 1: D = 3, S = 3.
    // pAgree: group 0 (3 + 1)/(3 + 2) = 0.8, group 1 (0 + 1)/(3 + 2) = 0.2; consensus 0.8 · 0.2 = 0.16.
    // pDisagree: 0.2 and 0.8; consensus against 0.16 too.
    // Group 0's repness for agreeing: ra = 0.8 / ((0 + 1)/(3 + 2)) = 4.
    // Its two-proportion test (counts + 1): p1 = 4/4 = 1, p2 = 1/4, pooled 5/8;
    // z = 0.75 / √(5/8 · 3/8 · (1/4 + 1/4)) = 0.75 / √0.1171875 = 2.19089…
    // Crux spread: lean 0.8 − 0.2 = 0.6 against 0.2 − 0.8 = −0.6: 1.2.
    const claims = claimOpinions(['c1'], [[5], [5], [4], [1], [2], [1]], [0, 0, 0, 1, 1, 1], 2);
    const claim = claims[0]!;
    expect(claim.groups.map((g) => g.pAgree)).toEqual([expect.closeTo(0.8, 12), expect.closeTo(0.2, 12)]);
    expect(claim.consensus).toBeCloseTo(0.16, 12);
    expect(claim.consensusAgainst).toBeCloseTo(0.16, 12);
    expect(claim.groups[1]!.histogram).toEqual([2, 1, 0, 0, 0]);
    const [forGroup0, forGroup1] = representativeClaims(claims, 2);
    expect(forGroup0).toEqual([
      expect.objectContaining({
        claimId: 'c1',
        repfulFor: 'agree',
        repness: expect.closeTo(4, 12),
        repnessTest: expect.closeTo(2.19089, 4),
      }),
    ]);
    expect(forGroup1![0]).toMatchObject({ claimId: 'c1', repfulFor: 'disagree', repness: expect.closeTo(4, 12) });
    expect(findCruxes(claims)).toEqual([{ claimId: 'c1', spread: expect.closeTo(1.2, 12), agreeingGroup: 0, disagreeingGroup: 1 }]);
  });
});
