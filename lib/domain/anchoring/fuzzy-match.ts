import search from 'approx-string-match';
import { isContextElsewhere } from './context-elsewhere';
import { isOwnSentenceAlike } from './own-sentence';
import { comparedContext, contextSupport, FAR, isPlaceVouchedFor, prefixScore, suffixScore } from './context-score';
import type { TFound, TQuote } from './exact-match';
import { snapOutward } from './surrogates';
import { COMPARE_CELL_WORK, type TApproxMatch, type TTextIndex } from './text-index';

// One error in a quote of fewer than 4 characters already makes it a different word ("war"/"was").
const MIN_FUZZY_QUOTE = 4;
// Short quotes are also searched together with their context, which finds the right place even
// when the edited quote has a closer look-alike elsewhere; long quotes locate themselves.
const CONTEXT_SEARCH_BELOW = 64;
// Repetitive text can yield many equally good matches; scoring is bounded to those nearest the
// old position.
const MAX_CANDIDATES = 64;
// Context similarity above which a match of the quote alone is not second-guessed by a context search.
const WELL_SUPPORTED = 0.9;
// Hypothesis's weights (client match-quote.ts): the quote counts most, each side of context less,
// and the old position only settles near-ties.
const WEIGHT = { quote: 50, prefix: 20, suffix: 20, position: 2 } as const;
const WEIGHT_SUM = WEIGHT.quote + WEIGHT.prefix + WEIGHT.suffix + WEIGHT.position;

/**
 * Errors (edits) allowed when looking for a quote approximately: a quarter of its length, at least
 * one, i.e. `max(1, floor(length / 4))`; 0 (no fuzzy search) below 4 characters. Hypothesis allows
 * half; a quarter still finds typo fixes and reworded phrases but does not pass off a different
 * sentence of similar shape as the annotated one.
 */
export function maxQuoteErrors(length: number): number {
  return length < MIN_FUZZY_QUOTE ? 0 : Math.max(1, Math.floor(length / 4));
}

function nearestFirst(matches: readonly TApproxMatch[], hint: number | null): readonly TApproxMatch[] {
  if (matches.length <= MAX_CANDIDATES || hint === null) return matches.slice(0, MAX_CANDIDATES);
  return [...matches].sort((a, b) => Math.abs(a.start - hint) - Math.abs(b.start - hint)).slice(0, MAX_CANDIDATES);
}

// Matches of the quote alone, bounded.
function quoteMatches(index: TTextIndex, quote: TQuote, maxErrors: number, hint: number | null): readonly TApproxMatch[] {
  return nearestFirst(index.approximate(quote.exact, maxErrors), hint);
}

// Matches of the quote inside its context (short quotes only): the context pattern is searched
// approximately, then the quote is located inside each hit, preferring where the prefix says it begins.
function contextMatches(index: TTextIndex, quote: TQuote, maxErrors: number, hint: number | null): TApproxMatch[] {
  const { text } = index;
  const { exact } = quote;
  const { prefix, suffix } = comparedContext(quote.prefix, quote.suffix);
  if (exact.length >= CONTEXT_SEARCH_BELOW || prefix.length + suffix.length === 0) return [];
  const pattern = prefix + exact + suffix;
  const found: TApproxMatch[] = [];
  for (const around of nearestFirst(index.approximate(pattern, Math.floor(pattern.length / 4)), hint)) {
    const from = Math.max(0, around.start - maxErrors);
    const to = Math.min(text.length, around.end + maxErrors);
    const expected = around.start + prefix.length - from;
    let inner: TApproxMatch | undefined;
    index.spend((to - from) * Math.ceil(exact.length / 32));
    for (const match of search(text.slice(from, to), exact, maxErrors)) {
      if (!inner || Math.abs(match.start - expected) < Math.abs(inner.start - expected)) inner = match;
    }
    if (inner) found.push({ start: from + inner.start, end: from + inner.end, errors: inner.errors });
  }
  return found;
}

// Where the quote's own context still stands (each side found intact, a few times at most) and
// around the old position, the quote is also searched in a small window: approx-string-match
// reports only the lowest-error matches of the whole text, so an exact copy pasted elsewhere would
// hide the edited original, which belongs to the note.
const MAX_WINDOWS = 8;
const WINDOW_SLACK = 64;

function bestIn(index: TTextIndex, from: number, to: number, exact: string, maxErrors: number, expected: number): TApproxMatch | null {
  const { text } = index;
  const lo = Math.max(0, from);
  const window = text.slice(lo, Math.min(text.length, to));
  index.spend(window.length * Math.ceil(exact.length / 32));
  let best: TApproxMatch | null = null;
  for (const match of search(window, exact, maxErrors)) {
    const at = { start: lo + match.start, end: lo + match.end, errors: match.errors };
    if (!best || Math.abs(at.start - expected) < Math.abs(best.start - expected)) best = at;
  }
  return best;
}

function windowMatches(index: TTextIndex, quote: TQuote, maxErrors: number, hint: number | null): TApproxMatch[] {
  const { exact } = quote;
  const { prefix, suffix } = comparedContext(quote.prefix, quote.suffix);
  const reach = exact.length + maxErrors + WINDOW_SLACK;
  const starts: number[] = hint === null ? [] : [hint];
  const prefixAt = prefix.length > 0 ? index.occurrences(prefix) : [];
  if (prefixAt.length <= MAX_WINDOWS) starts.push(...prefixAt.map((at) => at + prefix.length));
  const suffixAt = suffix.length > 0 ? index.occurrences(suffix) : [];
  if (suffixAt.length <= MAX_WINDOWS) starts.push(...suffixAt.map((at) => at - exact.length));
  const found: TApproxMatch[] = [];
  for (const start of starts) {
    const match = bestIn(index, start - WINDOW_SLACK, start + reach, exact, maxErrors, start);
    if (match) found.push(match);
  }
  return found;
}

type TScored = { start: number; end: number; score: number; context: number };

function bestOf(index: TTextIndex, quote: TQuote, candidates: Iterable<TApproxMatch>, hint: number | null): TScored | null {
  const { text } = index;
  let best: TScored | null = null;
  for (const candidate of candidates) {
    const { start, end } = snapOutward(text, candidate.start, candidate.end);
    if (end <= start) continue;
    index.spend(COMPARE_CELL_WORK * 2 * 32 * 32); // two context comparisons of up to 32 × 32 cells
    const prefix = prefixScore(text, start, quote.prefix);
    const suffix = suffixScore(text, end, quote.suffix);
    if (!isPlaceVouchedFor(quote, prefix, suffix, false, hint !== null && Math.abs(start - hint) > FAR)) continue;
    if (!isOwnSentenceAlike(text, quote, start, end)) continue;
    if (isContextElsewhere(index, quote, { start, end }, candidate.errors, hint)) continue;
    const context = contextSupport(quote, prefix, suffix);
    const position = hint === null ? 1 : 1 - Math.min(1, Math.abs(start - hint) / Math.max(1, text.length));
    const quoteScore = 1 - candidate.errors / quote.exact.length;
    const score = (WEIGHT.quote * quoteScore + WEIGHT.prefix * prefix + WEIGHT.suffix * suffix + WEIGHT.position * position) / WEIGHT_SUM;
    if (best === null || score > best.score) best = { start, end, score, context };
  }
  return best;
}

/**
 * Stage 3 of anchoring: the quote with up to `maxQuoteErrors` edits. Candidates come from
 * approx-string-match (the quote alone, and for short quotes the quote inside its context) and
 * are scored like Hypothesis: quote similarity, prefix and suffix similarity, nearness to the old
 * position. A short quote's match also needs its context to agree. Offsets never split an emoji.
 */
export function findFuzzyQuote(index: TTextIndex, quote: TQuote, hint: number | null): TFound | null {
  const maxErrors = maxQuoteErrors(quote.exact.length);
  if (maxErrors === 0) return null;

  let best = bestOf(index, quote, [...quoteMatches(index, quote, maxErrors, hint), ...windowMatches(index, quote, maxErrors, hint)], hint);
  // A context search (a second scan of the text) can only help when the quote's own best match
  // sits in an unfamiliar context; when its surroundings already agree, that match is the place.
  if (best === null || best.context < WELL_SUPPORTED) {
    const other = bestOf(index, quote, contextMatches(index, quote, maxErrors, hint), hint);
    if (other && (best === null || other.score > best.score)) best = other;
  }
  return best && { start: best.start, end: best.end, context: best.context, isIntact: false };
}
