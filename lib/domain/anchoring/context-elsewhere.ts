import { comparedContext } from './context-score';
import type { TQuote, TSpan } from './exact-match';
import type { TTextIndex } from './text-index';

// Context shorter than this says too little about one place ("the ", ". ") to count.
const MIN_SIDE = 8;
// Context that occurs this often says nothing about one place (and bounds the work).
const MAX_OCCURRENCES = 16;
// How far text inserted between a quote and its context may push them apart and still count as
// the same place (a sentence or two added before or after the quote).
const NEAR = 256;

// A side of the context speaks against `place` when it occurs intact but nowhere next to it, or
// next to it and also somewhere else that is nearer the old position (the original place, which
// a copy pasted elsewhere took its context along from).
function sideAgainst(offsets: readonly number[], isHere: (at: number) => boolean, hint: number | null, placeAt: number): boolean {
  if (offsets.length === 0 || offsets.length > MAX_OCCURRENCES) return false;
  const away = offsets.filter((at) => !isHere(at));
  if (away.length === offsets.length) return true;
  return hint !== null && away.some((at) => Math.abs(at - hint) < Math.abs(placeAt - hint));
}

/**
 * Whether the place the note was written on still stands somewhere other than `place`: a stored
 * side of the context (the compared 32 characters before or after the quote) occurs intact but not
 * next to `place` (or also nearer the old position `hint`), or both sides occur together elsewhere
 * with other words (or none) between them. Then the quote's words were edited or deleted there,
 * and `place` — a copy of the quote pasted elsewhere, or a look-alike — holds words the note never
 * quoted. `slack` is how far a fuzzy match's edges may lie from where the context says the quote
 * begins or ends.
 *
 * @example
 * // "Russia and Qatar." deleted; its prefix "…understandings with Pakistan, " still stands elsewhere.
 * isContextElsewhere(index, { prefix: 'understandings with Pakistan, ', exact: 'Russia and Qatar.', suffix: '' }, lookAlike, 4, 300); // true
 */
export function isContextElsewhere(index: TTextIndex, quote: TQuote, place: TSpan, slack: number, hint: number | null): boolean {
  const { prefix, suffix } = comparedContext(quote.prefix, quote.suffix);
  const prefixEnds = prefix.length >= MIN_SIDE ? index.occurrences(prefix).map((at) => at + prefix.length) : [];
  const suffixStarts = suffix.length >= MIN_SIDE ? index.occurrences(suffix) : [];
  const isPrefixHere = (end: number) => end >= place.start - NEAR && end <= place.start + slack;
  const isSuffixHere = (start: number) => start >= place.end - slack && start <= place.end + NEAR;
  if (sideAgainst(prefixEnds, isPrefixHere, hint, place.start) || sideAgainst(suffixStarts, isSuffixHere, hint, place.start)) return true;
  // Both sides still stand together somewhere else, with other words (or none) between them: the
  // quote was edited or deleted right there, even if a copy elsewhere kept some of its context.
  if (prefixEnds.length > MAX_OCCURRENCES || suffixStarts.length > MAX_OCCURRENCES) return false;
  const maxGap = quote.exact.length + 32;
  return prefixEnds.some(
    (end) =>
      !isPrefixHere(end) && suffixStarts.some((start) => start - end >= -Math.min(prefix.length, suffix.length) && start - end <= maxGap),
  );
}
