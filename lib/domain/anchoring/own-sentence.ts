import { editDistance } from './context-score';

// Below this length a quote is a word or two ("Each", "world"), found in many sentences.
const SHORT_QUOTE = 16;
// Stored context inside the quote's own sentence shorter than this says nothing either way.
const MIN_OWN_CONTEXT = 4;
const MIN_OWN_SIMILARITY = 0.5;

// Where the quote's own sentence ends inside the stored context: a sentence mark followed by
// whitespace (closing quotes allowed between), or a line break.
const LAST_BREAK = /(?:[.!?]["”’)]*\s+|\n)(?![\s\S]*(?:[.!?]["”’)]*\s|\n))/;
const FIRST_BREAK = /[.!?]["”’)]*(?=\s)|\n/;

function ownPrefix(prefix: string): string {
  const match = LAST_BREAK.exec(prefix);
  return match ? prefix.slice(match.index + match[0].length) : prefix;
}

function ownSuffix(suffix: string): string {
  const match = FIRST_BREAK.exec(suffix);
  return match ? suffix.slice(0, match.index + (match[0] === '\n' ? 0 : match[0].length)) : suffix;
}

/**
 * For a short quote, whether the words around `[start, end)` that belong to the quote's own
 * sentence (the stored prefix after its last sentence break, the stored suffix up to its first)
 * still read as they did. One side of the context intact and the other unrelated is how an intact
 * word looks after a neighbouring sentence was rewritten — and also how the same word opening the
 * next sentence looks after the sentence holding the quote was deleted ("Each partnership fuels a
 * counter one. Each bloc invites another bloc."). Only the quote's own sentence tells them apart.
 * Long quotes, and quotes whose stored context holds almost nothing of their sentence, pass.
 *
 * @example
 * isOwnSentenceAlike('Each bloc invites another bloc.', { exact: 'Each', prefix: 'rarely stops. ', suffix: ' partnership fuels a counter one' }, 0, 4); // false
 */
export function isOwnSentenceAlike(
  text: string,
  quote: { exact: string; prefix: string; suffix: string },
  start: number,
  end: number,
): boolean {
  if (quote.exact.length >= SHORT_QUOTE) return true;
  const before = ownPrefix(quote.prefix.slice(-32));
  const after = ownSuffix(quote.suffix.slice(0, 32));
  const stored = before.length + after.length;
  if (stored < MIN_OWN_CONTEXT) return true;
  const found = text.slice(Math.max(0, start - before.length), start);
  const distance = editDistance(before, found) + editDistance(after, text.slice(end, end + after.length));
  return 1 - distance / stored >= MIN_OWN_SIMILARITY;
}
