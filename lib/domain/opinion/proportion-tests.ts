/**
 * Pol.is's z tests (math/src/polismath/math/stats.clj), with its +1 smoothing of every count.
 */

/** One-proportion test against ½: 2·√(n+1)·((succ+1)/(n+1) − ½). */
export function propTest(successes: number, trials: number): number {
  const s = successes + 1;
  const n = trials + 1;
  return 2 * Math.sqrt(n) * (s / n - 0.5);
}

/** Two-proportion z test of "in" against "out" (0 when the pooled proportion is 1, as Pol.is does). */
export function twoPropTest(successIn: number, successOut: number, trialsIn: number, trialsOut: number): number {
  const [s1, s2, n1, n2] = [successIn + 1, successOut + 1, trialsIn + 1, trialsOut + 1];
  const pooled = (s1 + s2) / (n1 + n2);
  if (pooled === 1) return 0;
  return (s1 / n1 - s2 / n2) / Math.sqrt(pooled * (1 - pooled) * (1 / n1 + 1 / n2));
}

/** Significant at 90 % one-sided (`z-sig-90?`). */
export function isSignificant90(z: number): boolean {
  return z > 1.2816;
}
