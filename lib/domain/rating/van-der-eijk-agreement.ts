// Agreement A from C. van der Eijk (2001), "Measuring agreement in ordered rating scales",
// Quality & Quantity 35(3), 325–341, doi:10.1023/A:1010374114305. A is 1 when everyone chose
// the same value, 0 for a uniform spread, and -1 when the ratings sit at the two ends only.
// Unlike the standard deviation it sees the *shape*: half 1s and half 5s is not "mixed", it is
// polarized, and that is exactly what a reader of a contested claim wants to know.

/**
 * Agreement of one layer: a pattern of which categories are non-empty, all equally full.
 * Every triple of categories i < j < m is classified: 1-1-0 and 0-1-1 fit a single peak (TU),
 * 1-0-1 is a gap between two peaks (TDU), anything else says nothing. U (unimodality) is
 * ((K−2)·TU − (K−1)·TDU) / ((K−2)·(TU + TDU)), taken as 1 when no triple counts (one category
 * used, or all of them), and A = U · (1 − (S−1)/(K−1)) with S the number of categories used.
 */
function patternAgreement(pattern: readonly boolean[]): number {
  const k = pattern.length;
  let tu = 0;
  let tdu = 0;
  for (let i = 0; i < k - 2; i += 1) {
    for (let j = i + 1; j < k - 1; j += 1) {
      for (let m = j + 1; m < k; m += 1) {
        const [a, b, c] = [pattern[i], pattern[j], pattern[m]];
        if (a && !b && c) tdu += 1;
        else if ((a && b && !c) || (!a && b && c)) tu += 1;
      }
    }
  }
  const used = pattern.filter(Boolean).length;
  const unimodality = tu + tdu === 0 ? 1 : ((k - 2) * tu - (k - 1) * tdu) / ((k - 2) * (tu + tdu));
  return unimodality * (1 - (used - 1) / (k - 1));
}

/**
 * Van der Eijk's agreement A ∈ [-1, 1] of a histogram of ordered categories (at least 3), or
 * null when it is empty. The histogram is peeled into layers: each layer takes the smallest
 * non-zero count from every non-empty category, and A is the layers' agreement weighted by the
 * share of ratings each holds.
 *
 * @example
 * vanDerEijkAgreement([0, 0, 0, 0, 7]); // 1     (everyone chose 5)
 * vanDerEijkAgreement([2, 2, 2, 2, 2]); // 0     (uniform)
 * vanDerEijkAgreement([4, 0, 0, 0, 4]); // -1    (only the two ends)
 * vanDerEijkAgreement([0, 0, 1, 3, 6]); // 0.75
 */
export function vanDerEijkAgreement(histogram: readonly number[]): number | null {
  if (histogram.length < 3) throw new RangeError('Agreement A needs at least 3 ordered categories.');
  const n = histogram.reduce((sum, count) => sum + count, 0);
  if (n === 0) return null;
  const rest = [...histogram];
  let agreement = 0;
  // At most one layer per category: each pass empties at least the smallest one.
  for (;;) {
    const nonEmpty = rest.filter((count) => count > 0);
    if (nonEmpty.length === 0) break;
    const layer = Math.min(...nonEmpty);
    agreement += ((layer * nonEmpty.length) / n) * patternAgreement(rest.map((count) => count > 0));
    for (let i = 0; i < rest.length; i += 1) if ((rest[i] ?? 0) > 0) rest[i] = (rest[i] ?? 0) - layer;
  }
  return agreement;
}
