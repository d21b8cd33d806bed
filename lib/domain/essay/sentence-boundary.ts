/**
 * Repairs for Intl.Segmenter's sentence breaks. ICU already keeps "the U.S. has" and "3.5" together
 * (a lowercase word or a digit after the period), but it breaks after any period followed by a
 * space and a capital — wrong for "Dr. Smith", "e.g. Russia", "J. Smith" and "the U.S. Congress".
 */

// Abbreviations that in essay prose are never the last word of a sentence: always glue.
const NEVER_FINAL = new Set([
  'mr.',
  'mrs.',
  'ms.',
  'dr.',
  'prof.',
  'gen.',
  'sen.',
  'rep.',
  'gov.',
  'lt.',
  'col.',
  'capt.',
  'sgt.',
  'rev.',
  'hon.',
  'e.g.',
  'i.e.',
  'vs.',
  'cf.',
  'viz.',
  'fig.',
  'approx.',
]);

// Tokens that usually continue the sentence but can end one ("moved to the U.S.", "on Main St.").
// For these we glue unless the next word is one that typically opens a new sentence.
const USUALLY_NOT_FINAL = new Set(['St.', 'Mt.', 'No.', 'v.']);
const DOTTED_ACRONYM = /^(?:\p{L}{1,2}\.){2,}$/u; // U.S., U.K., U.S.A., Ph.D.
const INITIAL = /^\p{Lu}\.$/u; // the "J." of "J. Smith"

const SENTENCE_OPENERS = new Set([
  'A',
  'After',
  'All',
  'Also',
  'Although',
  'An',
  'And',
  'As',
  'At',
  'Before',
  'But',
  'By',
  'Each',
  'Even',
  'For',
  'From',
  'He',
  'Hence',
  'Her',
  'Here',
  'His',
  'How',
  'However',
  'I',
  'If',
  'In',
  'Instead',
  'It',
  'Its',
  'Many',
  'Meanwhile',
  'Moreover',
  'Most',
  'My',
  'No',
  'Not',
  'Now',
  'On',
  'Or',
  'Our',
  'She',
  'Since',
  'So',
  'Some',
  'Still',
  'Such',
  'That',
  'The',
  'Their',
  'Then',
  'There',
  'These',
  'They',
  'This',
  'Those',
  'Though',
  'Thus',
  'To',
  'Today',
  'We',
  'What',
  'When',
  'Where',
  'While',
  'Who',
  'Why',
  'With',
  'Yet',
  'You',
  'Your',
]);

const OPENING_PUNCTUATION = /^[\s("'“‘[]+/u;

/**
 * Whether the break ICU put between `before` and `after` is a false one: an abbreviation or an
 * initial, or a "?"/"!" that a lowercase word continues. Never glues across a line break.
 *
 * @example isFalseBoundary('Dr. ', 'Smith left.') // true
 * @example isFalseBoundary('He moved to the U.S. ', 'The move was hard.') // false
 */
export function isFalseBoundary(before: string, after: string): boolean {
  if (/\n\s*$/.test(before)) return false;
  const nextWord = after.replace(OPENING_PUNCTUATION, '').match(/^[\p{L}\p{N}]+/u)?.[0] ?? '';
  // ICU already continues after a period before lowercase, but not after "?" or "!":
  // "“Is it?” she asked." is one sentence.
  if (/^\p{Ll}/u.test(nextWord)) return true;
  const lastToken = (before.trimEnd().split(/\s+/).at(-1) ?? '').replace(OPENING_PUNCTUATION, '');
  if (lastToken === '') return false;
  if (NEVER_FINAL.has(lastToken.toLowerCase())) return true;

  const isUsuallyNotFinal = USUALLY_NOT_FINAL.has(lastToken) || DOTTED_ACRONYM.test(lastToken) || INITIAL.test(lastToken);
  if (!isUsuallyNotFinal) return false;
  return nextWord !== '' && !SENTENCE_OPENERS.has(nextWord);
}
