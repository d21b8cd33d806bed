import { z } from 'zod';

// The rules every piece of text a person types must pass before it is stored, in one place so
// that each form, action, route handler and import refuses the same things with the same words:
// - NUL (U+0000): PostgreSQL cannot store it in text; letting it through turns a typo into a 500.
// - Lone UTF-16 surrogates: not text at all; the database would silently store U+FFFD instead.
// - Invisible-only content (spaces, zero-width and other format characters): it passes a plain
//   `trim() !== ''` test but shows readers nothing, so it must not count as "something written".

/** Whitespace plus characters that draw nothing: soft hyphen, zero-width (U+200B–U+200D), word
 * joiner (U+2060), BOM (U+FEFF), bidi and other format marks, Hangul fillers, variation selectors. */
const INVISIBLE =
  /[\s\u00AD\u034F\u115F\u1160\u17B4\u17B5\u180B-\u180F\u200B-\u200F\u202A-\u202E\u2060-\u2064\u206A-\u206F\u3164\uFE00-\uFE0F\uFEFF\uFFA0]/gu;

export const NUL_MESSAGE = 'Remove the NUL character (U+0000): text cannot contain it.';
export const LONE_SURROGATE_MESSAGE =
  'The text contains a broken character (half of a UTF-16 surrogate pair): remove it or paste the text again.';
export const INVISIBLE_ONLY_MESSAGE = 'Write something readers can see: this text is only spaces or invisible characters.';

export function hasNul(text: string): boolean {
  return text.includes('\u0000');
}

// A high surrogate not followed by a low one, or a low one not preceded by a high one. (No `u`
// flag: with it, the regex would see code points and never a half pair. String.isWellFormed does
// the same but is ES2024, newer than some browsers that run these schemas in forms.)
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** True when every UTF-16 surrogate is half of a pair. */
export function isWellFormedText(text: string): boolean {
  return !LONE_SURROGATE.test(text);
}

/** True for text that shows nothing: empty, whitespace, or only invisible characters. */
export function isBlank(text: string): boolean {
  return text.replace(INVISIBLE, '') === '';
}

/**
 * Any string that reaches the database (ids, selectors, filters): no NUL, no lone surrogates.
 * The checks abort, so the message a person sees is the one that names the real problem.
 */
export function safeString(options: { error?: string } = {}) {
  return z
    .string(options.error === undefined ? undefined : { error: options.error })
    .refine((text) => !hasNul(text), { message: NUL_MESSAGE, abort: true })
    .refine(isWellFormedText, { message: LONE_SURROGATE_MESSAGE, abort: true });
}

export type TUserTextOptions = {
  max: number;
  tooLong?: string;
  /** Minimum length after trimming; when set, invisible-only text is refused with `tooShort`. */
  min?: number;
  tooShort?: string;
  /** Message when the value is missing or not a string. */
  required?: string;
  /** Trim surrounding whitespace (default true); note bodies keep theirs as Markdown. */
  trim?: boolean;
};

/**
 * A text field a person writes (note, reply, argument, name, reason, …): a safe string, trimmed,
 * within its length, and, when not empty, with something visible in it.
 * @example userText({ min: 1, tooShort: 'Write something.', max: 300, tooLong: 'Keep it short.' })
 */
export function userText({ max, tooLong, min, tooShort, required, trim = true }: TUserTextOptions) {
  let schema = safeString({ error: required });
  if (trim) schema = schema.trim();
  if (min !== undefined) schema = schema.min(min, tooShort);
  return schema
    .max(max, tooLong)
    .refine((text) => text === '' || !isBlank(text), { message: min !== undefined && tooShort ? tooShort : INVISIBLE_ONLY_MESSAGE });
}
