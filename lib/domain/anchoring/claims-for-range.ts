import type { TClaimSpan } from './types';

/**
 * The ids of the claims that the span `[start, end)` overlaps, in text order. Touching a claim at
 * its edge (`end === claim.start` or `start === claim.end`) does not count, nor does an empty span.
 * `claims` must be sorted by `start` and disjoint (sentences are), so their ends are sorted too and
 * a binary search finds the first candidate: O(log n + k) for a span covering k claims.
 *
 * @example
 * claimsForRange([{ id: 'a', start: 0, end: 10 }, { id: 'b', start: 11, end: 20 }], 5, 12); // ['a', 'b']
 */
export function claimsForRange(claims: readonly TClaimSpan[], start: number, end: number): string[] {
  if (!(end > start)) return [];

  // First claim whose end lies after `start`: every claim before it ends at or before the span.
  let low = 0;
  let high = claims.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    const claim = claims[mid];
    if (claim !== undefined && claim.end <= start) low = mid + 1;
    else high = mid;
  }

  const ids: string[] = [];
  for (let i = low; i < claims.length; i += 1) {
    const claim = claims[i];
    if (claim === undefined || claim.start >= end) break;
    ids.push(claim.id);
  }
  return ids;
}
