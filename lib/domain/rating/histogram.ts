/** Ratings are on a 1..5 scale on both dimensions; a histogram's index 0 counts the 1s. */
export const RATING_SCALE_SIZE = 5;

/** The rating dimensions of `Rating.dimension` in prisma/schema.prisma. */
export type TRatingDimension = 'AGREEMENT' | 'EVIDENCE';

/** One row of a `GROUP BY value` count, as SQL returns it. */
export type TValueCount = { value: number; count: number };

/**
 * Checks that `histogram` holds exactly `size` non-negative integer counts and returns a copy.
 * Throws a RangeError otherwise: a histogram of the wrong length means the GROUP BY result was
 * zero-filled wrongly, and guessing would mis-state what people rated.
 *
 * @example
 * readHistogram([0, 1, 0, 2, 5], 5); // [0, 1, 0, 2, 5]
 */
export function readHistogram(histogram: readonly number[], size: number): number[] {
  if (histogram.length !== size) {
    throw new RangeError(`Expected ${size} counts, got ${histogram.length}.`);
  }
  for (const count of histogram) {
    if (!Number.isSafeInteger(count) || count < 0) {
      throw new RangeError(`Counts must be non-negative integers, got ${count}.`);
    }
  }
  return [...histogram];
}

/**
 * Zero-fills a `GROUP BY value` result into a histogram over `min..max` (index 0 = `min`), so that
 * values nobody chose still get their 0. Throws a RangeError for a value outside the scale.
 *
 * @example
 * toHistogram([{ value: 5, count: 3 }, { value: 2, count: 1 }], { min: 1, max: 5 }); // [0, 1, 0, 0, 3]
 */
export function toHistogram(rows: readonly TValueCount[], scale: { min: number; max: number }): number[] {
  const histogram: number[] = new Array<number>(scale.max - scale.min + 1).fill(0);
  for (const { value, count } of rows) {
    if (!Number.isInteger(value) || value < scale.min || value > scale.max) {
      throw new RangeError(`Value ${value} is outside ${scale.min}..${scale.max}.`);
    }
    histogram[value - scale.min] = (histogram[value - scale.min] ?? 0) + count;
  }
  return readHistogram(histogram, histogram.length);
}

/** Total number of ratings in a histogram. */
export function histogramCount(histogram: readonly number[]): number {
  return histogram.reduce((sum, count) => sum + count, 0);
}

/** Mean rating of a 1-based histogram (index i holds the count of value i + 1); null when empty. */
export function histogramMean(histogram: readonly number[]): number | null {
  const n = histogramCount(histogram);
  if (n === 0) return null;
  return histogram.reduce((sum, count, i) => sum + count * (i + 1), 0) / n;
}
