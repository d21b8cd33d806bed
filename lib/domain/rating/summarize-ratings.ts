import { describeConsensus, type TConsensus } from './consensus';
import { histogramCount, histogramMean, readHistogram, RATING_SCALE_SIZE, type TRatingDimension } from './histogram';

/**
 * What a claim's ratings on one dimension add up to. `mean` and `spread` (the population standard
 * deviation: these are all the ratings, not a sample of them) are on the 1..5 scale and null when
 * nobody rated; `histogram` is a copy of the 5 counts.
 */
export type TRatingSummary = {
  count: number;
  mean: number | null;
  histogram: number[];
  spread: number | null;
  consensus: TConsensus;
};

/**
 * Summarizes the 5 counts of a `GROUP BY value` over one claim and dimension (index 0 = value 1).
 * Works on counts only, so the ratings themselves never leave SQL. Throws a RangeError unless given
 * 5 non-negative integer counts (see `toHistogram` to zero-fill a GROUP BY result).
 *
 * @example
 * summarizeRatings([0, 0, 0, 2, 2]);
 * // { count: 4, mean: 4.5, histogram: [0, 0, 0, 2, 2], spread: 0.5,
 * //   consensus: { kind: 'broad-agreement', label: 'broad agreement', agreement: 0.75 } }
 */
export function summarizeRatings(
  histogram: readonly number[],
  options: { dimension: TRatingDimension } = { dimension: 'AGREEMENT' },
): TRatingSummary {
  const counts = readHistogram(histogram, RATING_SCALE_SIZE);
  const count = histogramCount(counts);
  const mean = histogramMean(counts);
  const spread = mean === null ? null : Math.sqrt(counts.reduce((sum, c, i) => sum + c * (i + 1 - mean) ** 2, 0) / count);
  return { count, mean, histogram: counts, spread, consensus: describeConsensus(counts, options) };
}
