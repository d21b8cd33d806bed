import { EssayParseError } from './essay-parse-error';

/** Upper bound on the text we parse: far beyond any essay, small enough to keep parsing instant. */
export const MAX_ESSAY_CHARS = 1_000_000;

// Share of control/replacement characters above which the bytes were almost certainly not text
// (a PDF, a .docx, an image). Real prose has essentially none, so 10% leaves a wide margin.
const MAX_GARBAGE_SHARE = 0.1;

// C0 controls other than tab/LF/FF/CR, DEL, and U+FFFD (what a decoder leaves for bytes it could not read).
const GARBAGE_CHAR = /[\u0001-\u0008\u000B\u000E-\u001F\u007F\uFFFD]/g;

/**
 * Rejects input that cannot be an essay and normalises the rest: strips a leading byte-order
 * mark and turns CRLF / lone CR line endings into LF, so every later offset is into LF-only text.
 *
 * @throws EssayParseError with code TOO_LARGE, BINARY or EMPTY.
 * @example normalizeInput('\uFEFFHello.\r\n') // 'Hello.\n'
 */
export function normalizeInput(input: string): string {
  const text = input.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');

  if (text.length > MAX_ESSAY_CHARS) {
    throw new EssayParseError(
      'TOO_LARGE',
      `This file has ${text.length.toLocaleString('en-US')} characters; the limit is ` +
        `${MAX_ESSAY_CHARS.toLocaleString('en-US')}. Upload a single essay rather than a whole book or collection.`,
    );
  }
  if (looksBinary(text)) {
    throw new EssayParseError(
      'BINARY',
      'This file does not look like text (it may be a PDF, Word document or image). ' +
        'Save the essay as plain text (.txt) or Markdown (.md) and upload that file.',
    );
  }
  if (text.trim() === '') {
    throw new EssayParseError('EMPTY', 'This file is empty. Upload a file that contains the text of the essay.');
  }
  return text;
}

function looksBinary(text: string): boolean {
  // A single NUL is decisive: no text encoding we accept produces one in prose.
  if (text.includes('\u0000')) return true;
  if (text.length === 0) return false;
  const garbage = text.match(GARBAGE_CHAR)?.length ?? 0;
  return garbage / text.length > MAX_GARBAGE_SHARE;
}
