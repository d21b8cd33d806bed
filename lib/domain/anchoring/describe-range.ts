import type { TTextPositionSelector, TTextQuoteSelector } from '@/lib/schemas/annotation';
import { AnchoringError } from './anchoring-error';
import { splitsSurrogatePair, trimLeadingHalf, trimTrailingHalf } from './surrogates';

/** How much text either side of a quote is kept as its prefix/suffix (Hypothesis keeps 32). */
export const DEFAULT_CONTEXT_LENGTH = 32;

/**
 * Builds the W3C selectors for a selection `[start, end)` of `text` (UTF-16 offsets): the quote
 * with up to `contextLength` characters of prefix and suffix (shorter at the text's edges, and
 * never ending in half an emoji), and the position.
 *
 * @throws AnchoringError — OUT_OF_RANGE (offsets not integers or outside the text), EMPTY
 *   (`end <= start`), SPLITS_CHARACTER (an offset falls inside a surrogate pair).
 * @example
 * describeRange('Peace is hard. War is easy.', 15, 18, 4)
 * // { quote: { type: 'TextQuoteSelector', exact: 'War', prefix: 'rd. ', suffix: ' is ' },
 * //   position: { type: 'TextPositionSelector', start: 15, end: 18 } }
 */
export function describeRange(
  text: string,
  start: number,
  end: number,
  contextLength: number = DEFAULT_CONTEXT_LENGTH,
): { quote: TTextQuoteSelector; position: TTextPositionSelector } {
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > text.length) {
    throw new AnchoringError(
      'OUT_OF_RANGE',
      `The selection (${start}–${end}) falls outside the text, which is ${text.length} characters long. ` +
        'Reload the essay and select the passage again.',
    );
  }
  if (end <= start) {
    throw new AnchoringError('EMPTY', 'The selection is empty: select at least one character to annotate.');
  }
  if (splitsSurrogatePair(text, start) || splitsSurrogatePair(text, end)) {
    throw new AnchoringError(
      'SPLITS_CHARACTER',
      'The selection cuts a character (such as an emoji) in half. Select whole characters and try again.',
    );
  }

  // A non-integer or negative context length would make slice() misbehave; treat it as "no context".
  const context = Number.isInteger(contextLength) && contextLength > 0 ? contextLength : 0;
  return {
    quote: {
      type: 'TextQuoteSelector',
      exact: text.slice(start, end),
      prefix: trimLeadingHalf(text.slice(Math.max(0, start - context), start)),
      suffix: trimTrailingHalf(text.slice(end, end + context)),
    },
    position: { type: 'TextPositionSelector', start, end },
  };
}
