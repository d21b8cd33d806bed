// DF-QuAD, the gradual semantics of A. Rago, F. Toni, M. Aurisicchio, P. Baroni, "Discontinuity-
// Free Decision Support with Quantitative Argumentation Debates", KR 2016. Chosen because it is
// defined for bipolar graphs (support and attack), stays in [0, 1], treats supporters and
// attackers symmetrically, and its numbers can be explained to a reader in one sentence each.

/**
 * DF-QuAD's aggregation F(v1..vn) = 1 − ∏(1 − vi): the combined force of several attackers (or
 * supporters), each contribution in [0, 1]. Like independent chances: two attackers at 0.5
 * together act as 0.75, and no number of them exceeds 1. F() of nothing is 0.
 *
 * @example
 * aggregate([0.5, 0.5]); // 0.75
 */
export function aggregate(contributions: readonly number[]): number {
  return 1 - contributions.reduce((product, v) => product * (1 - v), 1);
}

/**
 * DF-QuAD's combination C(v0, va, vs): the base score v0 moved by the aggregated attack va and
 * support vs. When attack wins it scales v0 down by the margin, v0 − v0·(va − vs); when support
 * wins it moves v0 up the remaining way to 1, v0 + (1 − v0)·(vs − va). Equal forces cancel.
 *
 * @example
 * combine(0.6, 0.5, 0); // 0.3
 * combine(0.6, 0, 0.5); // 0.8
 */
export function combine(base: number, attack: number, support: number): number {
  return attack >= support ? base - base * (attack - support) : base + (1 - base) * (support - attack);
}
