import { isContextElsewhere } from './context-elsewhere';
import { isOwnSentenceAlike } from './own-sentence';
import { comparedContext, contextSupport, FAR, isPlaceVouchedFor, prefixScore, suffixScore } from './context-score';
import type { TTextIndex } from './text-index';

export type TQuote = { exact: string; prefix: string; suffix: string };
export type TSpan = { start: number; end: number };
/** A place found for a quote, with how well its surroundings agree with the stored context (0–1). */
export type TFound = TSpan & { context: number; isIntact: boolean };

// Scoring is bounded per quote: a quote such as " " occurs thousands of times, and an import of
// thousands of them must not score every one (only the nearest the old position are tried).
export const MAX_SCORED_OCCURRENCES = 50;

function nearestFew(starts: readonly number[], hint: number | null): readonly number[] {
  if (starts.length <= MAX_SCORED_OCCURRENCES) return starts;
  if (hint === null) return starts.slice(0, MAX_SCORED_OCCURRENCES);
  return [...starts].sort((a, b) => Math.abs(a - hint) - Math.abs(b - hint)).slice(0, MAX_SCORED_OCCURRENCES);
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
 * the 50 nearest the old position are scored.
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
