import { isContextElsewhere } from './context-elsewhere';
import { isOwnSentenceAlike } from './own-sentence';
import { comparedContext, contextSupport, FAR, isPlaceVouchedFor, prefixScore, suffixScore } from './context-score';
import { COMPARE_CELL_WORK, type TTextIndex } from './text-index';

export type TQuote = { exact: string; prefix: string; suffix: string };
export type TSpan = { start: number; end: number };
/** A place found for a quote, with how well its surroundings agree with the stored context (0–1). */
export type TFound = TSpan & { context: number; isIntact: boolean };

// Scoring is bounded per quote: a quote such as " " occurs thousands of times, and an import of
// thousands of them must not score every one. Only the occurrences nearest the old position are
// tried; with no position, a quote this common is left unplaced (its context, already not found
// intact, is all that could tell its occurrences apart).
export const MAX_SCORED_OCCURRENCES = 20;

// The `count` offsets nearest `hint` (all of them when fewer): `starts` is ascending, so a binary
// search finds the hint and the window grows outward, O(log n + count) for any number of offsets.
function nearestFew(starts: readonly number[], hint: number | null, count = MAX_SCORED_OCCURRENCES): readonly number[] {
  if (starts.length <= count) return starts;
  if (hint === null) return [];
  let low = 0;
  let high = starts.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if ((starts[mid] ?? 0) < hint) low = mid + 1;
    else high = mid;
  }
  let left = low - 1;
  let right = low;
  while (right - left - 1 < count) {
    const l = starts[left];
    const r = starts[right];
    if (r === undefined || (l !== undefined && hint - l <= r - hint)) left -= 1;
    else right += 1;
  }
  return starts.slice(left + 1, right);
}

// The characters right next to a quote are the best evidence of all: an occurrence where neither
// side's nearest 4 agree with the stored context is not worth scoring (cheap to test, and it keeps
// 5,000 quotes of " " with random context from each scoring their nearest occurrences).
const NEXT_TO = 4;

function isNextToContext(text: string, start: number, end: number, prefix: string, suffix: string): boolean {
  if (prefix.length === 0 || suffix.length === 0) return true;
  const before = prefix.slice(-NEXT_TO);
  return text.startsWith(before, start - before.length) || text.startsWith(suffix.slice(0, NEXT_TO), end);
}

/** Of several offsets, the one nearest the old position (the first when there is no position). */
function nearest(starts: readonly number[], hint: number | null): number | undefined {
  let best: number | undefined;
  for (const start of starts) {
    if (best === undefined || (hint !== null && Math.abs(start - hint) < Math.abs(best - hint))) best = start;
  }
  return best;
}

/**
 * Stage 2 of anchoring: the exact quote, anywhere in the text. With one occurrence, that is it.
 * With several, the one whose surroundings best match the stored prefix and suffix wins (edit
 * similarity of the nearest 32 characters each side), and the old position breaks ties, so the
 * second of two identical phrases is found again when its context says so. An occurrence counts
 * only where its context vouches for it (see `isPlaceVouchedFor`, `isContextElsewhere`); at most
 * the 20 nearest the old position are scored (none, with no position, for a quote that common).
 */
export function findExactQuote(index: TTextIndex, quote: TQuote, hint: number | null): TFound | null {
  const { exact } = quote;
  const starts = index.occurrences(exact);
  if (starts.length === 0) return null;

  // Context intact around some occurrence: no other can score higher, so skip scoring them all
  // (a common word occurs hundreds of times in an essay).
  const { prefix, suffix } = comparedContext(quote.prefix, quote.suffix);
  if (prefix.length + suffix.length > 0) {
    const intact = index.occurrences(prefix + exact + suffix).map((at) => at + prefix.length);
    const start = nearest(intact, hint);
    if (start !== undefined) return { start, end: start + exact.length, context: 1, isIntact: true };
  }

  const { text } = index;
  let best: { start: number; score: number; prefix: number; suffix: number } | null = null;
  for (const start of nearestFew(starts, hint)) {
    if (!isNextToContext(text, start, start + exact.length, prefix, suffix)) continue;
    index.spend(COMPARE_CELL_WORK * (prefix.length * prefix.length + suffix.length * suffix.length));
    const before = prefixScore(text, start, prefix);
    const after = suffixScore(text, start + exact.length, suffix);
    const isFar = hint !== null && Math.abs(start - hint) > FAR;
    if (!isPlaceVouchedFor(quote, before, after, true, isFar)) continue;
    if (!isOwnSentenceAlike(text, quote, start, start + exact.length)) continue;
    if (isContextElsewhere(index, quote, { start, end: start + exact.length }, 0, hint)) continue;
    const score = before + after;
    const isBetter =
      best === null ||
      score > best.score + 1e-9 ||
      (score > best.score - 1e-9 && hint !== null && Math.abs(start - hint) < Math.abs(best.start - hint));
    if (isBetter) best = { start, score, prefix: before, suffix: after };
  }
  if (!best) return null;
  return { start: best.start, end: best.start + exact.length, context: contextSupport(quote, best.prefix, best.suffix), isIntact: false };
}
