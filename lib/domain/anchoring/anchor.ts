import { findExactQuote, type TQuote } from './exact-match';
import { findFuzzyQuote } from './fuzzy-match';
import { indexText, type TTextIndex } from './text-index';
import type { TAnchorResult, TSelectorPair } from './types';

export type TAnchorOptions = {
  /** A shared index of this same text (`indexText(text)`), for anchoring many annotations at once. */
  index?: TTextIndex;
};

/** Stored selectors as read defensively: rows written by older code or edited by hand may be off. */
export type TStoredSelectors = TQuote & { start: number | null; end: number | null };

const ORPHANED: TAnchorResult = { status: 'ORPHANED', start: null, end: null };
// An exact match keeps the place unless a near match's context agrees clearly better (0–1 scale).
const PREFER_EXACT = 0.1;

function asString(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

function asOffset(value: unknown): number | null {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 ? value : null;
}

/** Reads `{ quote, position }` without trusting its shape; null when there is no quote to look for. */
export function readSelectors(selectors: unknown): TStoredSelectors | null {
  if (typeof selectors !== 'object' || selectors === null) return null;
  const { quote, position } = selectors as { quote?: unknown; position?: unknown };
  const q = (typeof quote === 'object' && quote !== null ? quote : {}) as Record<string, unknown>;
  const p = (typeof position === 'object' && position !== null ? position : {}) as Record<string, unknown>;
  const exact = asString(q.exact);
  if (exact === '') return null;
  return { exact, prefix: asString(q.prefix), suffix: asString(q.suffix), start: asOffset(p.start), end: asOffset(p.end) };
}

function isContextIntact(text: string, s: TStoredSelectors, start: number, end: number): boolean {
  return start >= s.prefix.length && text.startsWith(s.prefix, start - s.prefix.length) && text.startsWith(s.suffix, end);
}

/** The anchoring stages over selectors already read; see `anchorSelectors`. */
export function anchorStored(index: TTextIndex, s: TStoredSelectors): TAnchorResult {
  const { text } = index;
  const { start, end } = s;
  // 1. The stored position, checked against the quote and its context.
  if (start !== null && end !== null && text.slice(start, end) === s.exact && isContextIntact(text, s, start, end)) {
    return { status: 'ANCHORED', start, end };
  }
  // 2. The exact quote with its context intact, anywhere (the nearest such, if several).
  const exact = findExactQuote(index, s, start);
  if (exact?.isIntact) return { status: 'ANCHORED', start: exact.start, end: exact.end };
  // 3. Otherwise every place whose context vouches for it competes: an exact copy elsewhere, or the
  // quote approximately. An edited passage in place beats a copy whose surroundings agree less.
  const fuzzy = findFuzzyQuote(index, s, start);
  const best = exact && (fuzzy === null || exact.context + PREFER_EXACT >= fuzzy.context) ? exact : fuzzy;
  if (best !== null) return { status: best === exact ? 'ANCHORED' : 'FUZZY', start: best.start, end: best.end };
  // 4. Nowhere: kept as an orphan, shown with its quote.
  return ORPHANED;
}

/**
 * Finds where an annotation's selectors point in `text` (a revision's canonical text), in
 * Hypothesis's order: (1) the stored position, when the text there is still the quote and its
 * prefix/suffix are intact → ANCHORED there; (2) the exact quote with its context intact elsewhere
 * (the nearest such) → ANCHORED; (3) every other place that its context vouches for competes — an
 * exact copy of the quote, or an approximate match (up to `max(1, floor(length / 4))` edits, see
 * `maxQuoteErrors`) scored by quote, context and position — and an approximate match whose
 * context agrees clearly better beats the exact copy → ANCHORED or FUZZY; (4) else ORPHANED.
 * "Vouched for", at every quote length: half the stored context agrees (most of it, 512+
 * characters from the old position), a short quote's own sentence reads as it did, and the
 * note's original place does not still stand elsewhere (`isContextElsewhere`). A note is
 * orphaned rather than moved to words it never quoted.
 * Stage 1 also asks for intact context (Hypothesis does not) so that a short quote like "the"
 * that a text edit happened to line up with the old offsets does not beat its real occurrence.
 * Never throws: selectors are read defensively (stored JSON may not match the type), and
 * malformed selectors or text give ORPHANED.
 *
 * @example
 * anchorSelectors('Intro. Peace is hard.', {
 *   quote: { type: 'TextQuoteSelector', exact: 'Peace', prefix: '', suffix: ' is hard.' },
 *   position: { type: 'TextPositionSelector', start: 0, end: 5 },
 * }); // { status: 'ANCHORED', start: 7, end: 12 }
 */
export function anchorSelectors(text: string, selectors: TSelectorPair, options: TAnchorOptions = {}): TAnchorResult {
  try {
    if (typeof text !== 'string') return ORPHANED;
    const stored = readSelectors(selectors);
    if (stored === null) return ORPHANED;
    const index = options.index?.text === text ? options.index : indexText(text);
    return anchorStored(index, stored);
  } catch {
    // The contract is "never throws" (a revision must publish whatever its annotations hold); the
    // checks above cover known bad input, and this keeps an unforeseen one from failing a batch.
    return ORPHANED;
  }
}
