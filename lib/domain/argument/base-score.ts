import { readHistogram } from '@/lib/domain/rating';

// Shrinkage towards "undecided": every score is a Bayesian average with PRIOR_VOTES pseudo-votes
// at PRIOR_MEAN, so one enthusiastic vote cannot make a claim or argument look settled
// (one 5 gives 0.67, ten 5s give 0.92, no votes 0.5). Two votes is a weak prior on purpose:
// a cohort is small, and after a handful of votes the cohort's own view should dominate.
export const PRIOR_VOTES = 2;
export const PRIOR_MEAN = 0.5;

/** Bayesian average of a histogram whose index i scores i / (length − 1), i.e. lowest 0, highest 1. */
function shrunkMean(histogram: readonly number[]): number {
  const top = histogram.length - 1;
  let votes = 0;
  let total = 0;
  histogram.forEach((count, i) => {
    votes += count;
    total += count * (i / top);
  });
  return (total + PRIOR_VOTES * PRIOR_MEAN) / (votes + PRIOR_VOTES);
}

/**
 * A claim's base score in [0, 1] from its AGREEMENT ratings (5 counts, index 0 = value 1):
 * values map to 0, 0.25, 0.5, 0.75, 1 and are averaged with 2 pseudo-votes at 0.5.
 * Throws a RangeError unless given 5 non-negative integer counts.
 *
 * @example
 * claimBaseScore([0, 0, 0, 0, 0]); // 0.5
 * claimBaseScore([0, 0, 0, 0, 2]); // (2·1 + 2·0.5) / (2 + 2) = 0.75
 */
export function claimBaseScore(agreementHistogram: readonly number[]): number {
  return shrunkMean(readHistogram(agreementHistogram, 5));
}

/**
 * An argument's base score in [0, 1] from its impact votes (5 counts for impact 0..4): the mean
 * impact / 4, averaged with 2 pseudo-votes at 0.5. Throws a RangeError unless given 5 counts.
 *
 * @example
 * argumentBaseScore([1, 0, 0, 0, 1]); // (0 + 1 + 2·0.5) / (2 + 2) = 0.5
 * argumentBaseScore([0, 0, 0, 3, 0]); // (3·0.75 + 1) / 5 = 0.65
 */
export function argumentBaseScore(impactHistogram: readonly number[]): number {
  return shrunkMean(readHistogram(impactHistogram, 5));
}

/**
 * The weight in [0, 1] of an argument's relation to its target, from relevance judgments
 * (`ImpactVote.isRelevant`; nulls are not judgments and are not counted). It stays 1 while at
 * least half of the judgments say relevant and only then goes down, continuously: with
 * p = (relevant + 1) / (relevant + notRelevant + 2) (one pseudo-judgment each way), the weight is
 * min(1, 2p). Arguments are presumed relevant — a single dissenter should not mute one — but an
 * argument most people call off-target loses its say, towards 0 as such judgments pile up.
 *
 * @example
 * edgeWeight(0, 0); // 1
 * edgeWeight(3, 3); // 1
 * edgeWeight(0, 1); // 2·(1/3) ≈ 0.667
 * edgeWeight(1, 5); // 2·(2/8) = 0.5
 */
export function edgeWeight(relevantCount: number, notRelevantCount: number): number {
  for (const count of [relevantCount, notRelevantCount]) {
    if (!Number.isSafeInteger(count) || count < 0) {
      throw new RangeError(`Relevance counts must be non-negative integers, got ${count}.`);
    }
  }
  const relevantShare = (relevantCount + 1) / (relevantCount + notRelevantCount + 2);
  return Math.min(1, 2 * relevantShare);
}
