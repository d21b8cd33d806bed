import { comparedContext, isPlaceVouchedFor, prefixScore, suffixScore } from './context-score';
import type { TTextIndex } from './text-index';

export type TQuote = { exact: string; prefix: string; suffix: string };
export type TSpan = { start: number; end: number };

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
 * second of two identical phrases is found again when its context says so.
 */
export function findExactQuote(index: TTextIndex, quote: TQuote, hint: number | null): TSpan | null {
  const { exact } = quote;
  const starts = index.occurrences(exact);
  if (starts.length === 0) return null;

  // Context intact around some occurrence: no other can score higher, so skip scoring them all
  // (a common word occurs hundreds of times in an essay).
  const { prefix, suffix } = comparedContext(quote.prefix, quote.suffix);
  if (prefix.length + suffix.length > 0) {
    const intact = index.occurrences(prefix + exact + suffix).map((at) => at + prefix.length);
    const start = nearest(intact, hint);
    if (start !== undefined) return { start, end: start + exact.length };
  }

  const { text } = index;
  let best: { start: number; score: number; prefix: number; suffix: number } | null = null;
  for (const start of starts) {
    const before = prefixScore(text, start, prefix);
    const after = suffixScore(text, start + exact.length, suffix);
    const score = before + after;
    const isBetter =
      best === null ||
      score > best.score + 1e-9 ||
      (score > best.score - 1e-9 && hint !== null && Math.abs(start - hint) < Math.abs(best.start - hint));
    if (isBetter) best = { start, score, prefix: before, suffix: after };
  }
  if (!best || !isPlaceVouchedFor(quote, best.prefix, best.suffix, true)) return null;
  return { start: best.start, end: best.start + exact.length };
}
