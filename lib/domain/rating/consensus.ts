import { histogramCount, histogramMean, readHistogram, RATING_SCALE_SIZE, type TRatingDimension } from './histogram';
import { vanDerEijkAgreement } from './van-der-eijk-agreement';

/**
 * How far raters agree with *each other* (not whether they agree with the claim):
 * - `too-few`: fewer than 3 ratings, nothing to say yet;
 * - `broad-agreement`: A ≥ 0.6, the ratings cluster around one value;
 * - `leaning`: 0.2 ≤ A < 0.6, a clear centre with real dissent;
 * - `split`: A < 0 with at least a quarter of the ratings on each side (1–2 and 4–5): polarized;
 * - `mixed`: everything else, spread out without two camps (a uniform spread has A = 0).
 */
export type TConsensusKind = 'too-few' | 'broad-agreement' | 'leaning' | 'mixed' | 'split';

/** `agreement` is van der Eijk's A (see van-der-eijk-agreement.ts); null when there are too few ratings. */
export type TConsensus = { kind: TConsensusKind; label: string; agreement: number | null };

/**
 * The documented thresholds (docs/adr/0002-claim-strength.md). For scale: ratings spread evenly
 * over two neighbouring values give A = 0.75, over three 0.5, over all five 0 (so `split` asks
 * for more polarization than a uniform spread), and only at the two ends -1. `splitSideShare`
 * keeps three-peaked patterns such as 1, 3, 3, 5, 5 (A slightly below 0) out of `split`.
 * The side of the mean picks the wording: ≥ 3.5 is the agreeing/strong side, ≤ 2.5 the other.
 */
export const CONSENSUS_THRESHOLDS = {
  minRatings: 3,
  broad: 0.6,
  leaning: 0.2,
  split: 0,
  splitSideShare: 0.25,
  highMean: 3.5,
  lowMean: 2.5,
} as const;

// Float sums of layer weights can land a hair below 0 for a uniform spread: not a split.
const EPSILON = 1e-9;

type TSide = 'high' | 'low' | 'middle';

const LABELS: Record<
  TRatingDimension,
  Record<'broad-agreement' | 'leaning', Record<TSide, string>> & Record<'too-few' | 'mixed' | 'split', string>
> = {
  AGREEMENT: {
    'too-few': 'too few ratings',
    'broad-agreement': { high: 'broad agreement', low: 'broad disagreement', middle: 'broadly neutral' },
    leaning: { high: 'leaning agree', low: 'leaning disagree', middle: 'leaning neutral' },
    mixed: 'mixed views',
    split: 'split',
  },
  EVIDENCE: {
    'too-few': 'too few ratings',
    'broad-agreement': { high: 'evidence judged strong', low: 'evidence judged weak', middle: 'evidence judged moderate' },
    leaning: { high: 'evidence leaning strong', low: 'evidence leaning weak', middle: 'evidence leaning moderate' },
    mixed: 'mixed views on evidence',
    split: 'split on evidence',
  },
};

function sideOf(mean: number): TSide {
  if (mean >= CONSENSUS_THRESHOLDS.highMean) return 'high';
  if (mean <= CONSENSUS_THRESHOLDS.lowMean) return 'low';
  return 'middle';
}

function isTwoCamps(histogram: readonly number[], n: number): boolean {
  const low = (histogram[0] ?? 0) + (histogram[1] ?? 0);
  const high = (histogram[3] ?? 0) + (histogram[4] ?? 0);
  return Math.min(low, high) / n >= CONSENSUS_THRESHOLDS.splitSideShare;
}

/**
 * Classifies a 1..5 histogram (index 0 = count of 1s) by van der Eijk's agreement A and words it
 * for the dimension: AGREEMENT speaks of agreeing with the claim, EVIDENCE of how strong the
 * evidence was judged. Throws a RangeError unless given 5 non-negative integer counts.
 *
 * @example
 * describeConsensus([0, 0, 0, 1, 9], { dimension: 'AGREEMENT' });
 * // { kind: 'broad-agreement', label: 'broad agreement', agreement: 0.95 } (up to rounding)
 * describeConsensus([5, 0, 0, 0, 5], { dimension: 'EVIDENCE' });
 * // { kind: 'split', label: 'split on evidence', agreement: -1 }
 */
export function describeConsensus(histogram: readonly number[], options: { dimension: TRatingDimension }): TConsensus {
  const counts = readHistogram(histogram, RATING_SCALE_SIZE);
  const labels = LABELS[options.dimension];
  const n = histogramCount(counts);
  const agreement = vanDerEijkAgreement(counts);
  const mean = histogramMean(counts);
  if (n < CONSENSUS_THRESHOLDS.minRatings || agreement === null || mean === null) {
    return { kind: 'too-few', label: labels['too-few'], agreement: null };
  }
  if (agreement >= CONSENSUS_THRESHOLDS.broad) {
    return { kind: 'broad-agreement', label: labels['broad-agreement'][sideOf(mean)], agreement };
  }
  if (agreement >= CONSENSUS_THRESHOLDS.leaning) {
    return { kind: 'leaning', label: labels.leaning[sideOf(mean)], agreement };
  }
  if (agreement < CONSENSUS_THRESHOLDS.split - EPSILON && isTwoCamps(counts, n)) {
    return { kind: 'split', label: labels.split, agreement };
  }
  return { kind: 'mixed', label: labels.mixed, agreement };
}
