import type { TSelectorPair } from './types';
import { splitsSurrogatePair } from './surrogates';

export type TSelectorCheck = { ok: true } | { ok: false; reason: string };

// Quotes in messages are cut short so a 5,000-character selection does not flood an error toast.
const SHOWN_CHARS = 40;

function shown(value: string): string {
  return value.length > SHOWN_CHARS ? `“${value.slice(0, SHOWN_CHARS)}…”` : `“${value}”`;
}

const RESELECT = 'The essay may have changed since you opened it: reload it and select the passage again.';

/**
 * Checks that a new annotation's selectors agree with the revision it targets: the position lies
 * inside `text` on whole characters, the text there equals `quote.exact`, and the prefix/suffix
 * equal the text right before/after it. Context may be shorter than the usual 32 characters (it
 * must be at the text's edges, and a client may send less), but never longer than the text has.
 * The server answers 400 with `reason` when this fails; nothing is stored.
 *
 * @example
 * checkSelectorsMatch('Peace is hard.', {
 *   quote: { type: 'TextQuoteSelector', exact: 'is', prefix: 'Peace ', suffix: ' hard' },
 *   position: { type: 'TextPositionSelector', start: 6, end: 8 },
 * }); // { ok: true }
 */
export function checkSelectorsMatch(text: string, selectors: TSelectorPair): TSelectorCheck {
  const { quote, position } = selectors;
  const { start, end } = position;
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end <= start || end > text.length) {
    return {
      ok: false,
      reason: `The selection (${start}–${end}) is not inside this revision, which has ${text.length} characters. ${RESELECT}`,
    };
  }
  if (splitsSurrogatePair(text, start) || splitsSurrogatePair(text, end)) {
    return { ok: false, reason: 'The selection cuts a character (such as an emoji) in half. Select whole characters.' };
  }
  const found = text.slice(start, end);
  if (found !== quote.exact) {
    return {
      ok: false,
      reason: `The selected text ${shown(quote.exact)} does not match the essay at that place, which reads ${shown(found)}. ${RESELECT}`,
    };
  }
  if (quote.prefix.length > start || text.slice(start - quote.prefix.length, start) !== quote.prefix) {
    return { ok: false, reason: `The text before the selection does not match the essay. ${RESELECT}` };
  }
  if (end + quote.suffix.length > text.length || text.slice(end, end + quote.suffix.length) !== quote.suffix) {
    return { ok: false, reason: `The text after the selection does not match the essay. ${RESELECT}` };
  }
  return { ok: true };
}
