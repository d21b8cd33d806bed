import 'server-only';
import { summarizeRatings, toHistogram, type TValueCount } from '@/lib/domain/rating';
import type { TRatingAxisView, TRatingDimension } from '@/lib/schemas/rating';

/**
 * One axis as the viewer sees it: their own rating and, only when `counts` is given (they have
 * rated this axis, rating-access.ts), what everyone's ratings add up to. The one shape of an axis
 * for the claim's panel and for the answers to rating writes.
 */
export function toRatingAxisView(dimension: TRatingDimension, mine: number | null, counts: readonly TValueCount[] | null): TRatingAxisView {
  if (counts === null) return { dimension, mine, summary: null };
  const summary = summarizeRatings(toHistogram(counts, { min: 1, max: 5 }), { dimension });
  return {
    dimension,
    mine,
    summary: { count: summary.count, mean: summary.mean, histogram: summary.histogram, consensus: summary.consensus },
  };
}
