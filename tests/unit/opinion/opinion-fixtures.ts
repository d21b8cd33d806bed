import type { TAgreementRating } from '@/lib/domain/opinion';

/** Claim ids c00, c01, … */
export function claimIdsOf(count: number): string[] {
  return Array.from({ length: count }, (_, j) => `c${String(j).padStart(2, '0')}`);
}

/**
 * Ratings from rows of 1–5 values (null = not rated), member ids `${prefix}${i}` so a test can tell
 * which camp a member came from.
 */
export function ratingsOf(prefix: string, rows: readonly (readonly (number | null)[])[]): TAgreementRating[] {
  const claimIds = claimIdsOf(Math.max(0, ...rows.map((row) => row.length)));
  return rows.flatMap((row, i) =>
    row.flatMap((value, j) =>
      value === null ? [] : [{ memberId: `${prefix}${String(i).padStart(2, '0')}`, claimId: claimIds[j]!, value }],
    ),
  );
}

/** `count` copies of `row`, with member i's rating of claim (i mod row.length) moved one step towards 3, so camps are not single points. */
export function camp(row: readonly number[], count: number): number[][] {
  return Array.from({ length: count }, (_, i) => row.map((value, j) => (j === i % row.length ? value + Math.sign(3 - value) : value)));
}
