import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { ZAddArgument } from '@/lib/schemas/argument';
import { ZCreateAnnotation, ZCreateReply } from '@/lib/schemas/annotation';
import { ZCreateCohort, ZJoinCohort } from '@/lib/schemas/cohort';
import { ZFlag } from '@/lib/schemas/moderation';
import { ZRespond } from '@/lib/schemas/author';
import { isBlank, isWellFormedText, userText } from '@/lib/schemas/text';

const NUL = 'Remove the NUL character (U+0000): text cannot contain it.';
const SURROGATE = 'The text contains a broken character (half of a UTF-16 surrogate pair): remove it or paste the text again.';
const INVISIBLE = 'Write something readers can see: this text is only spaces or invisible characters.';

const reply = userText({ min: 1, tooShort: 'Write something.', max: 20, tooLong: 'Too long.' });
const optional = userText({ max: 20, tooLong: 'Too long.' });

function firstMessage(schema: z.ZodType, input: unknown): string | null {
  const result = schema.safeParse(input);
  return result.success ? null : result.error!.issues[0]!.message;
}

describe('userText', () => {
  // [case, input, message for a required field, message for an optional field] (null: accepted)
  const table: Array<[string, string, string | null, string | null]> = [
    ['plain words', 'A fair point', null, null],
    ['an emoji (a surrogate pair)', 'Nice 👍', null, null],
    ['accents and CJK', 'Ça va, 日本語', null, null],
    ['empty', '', 'Write something.', null],
    ['spaces only', '   ', 'Write something.', null],
    ['a NUL in the middle', 'abc\u0000def', NUL, NUL],
    ['only a NUL', '\u0000', NUL, NUL],
    ['a lone high surrogate', 'abc\uD83D', SURROGATE, SURROGATE],
    ['a lone low surrogate', '\uDC4Dabc', SURROGATE, SURROGATE],
    ['two high surrogates', '\uD83D\uD83D', SURROGATE, SURROGATE],
    ['zero-width spaces only', '\u200B\u200B\u200B', 'Write something.', INVISIBLE],
    ['ZWNJ + ZWJ + word joiner + BOM', '\u200C\u200D\u2060\uFEFF', 'Write something.', INVISIBLE],
    ['zero-width space among spaces and newlines', ' \u200B\n\t\u200B ', 'Write something.', INVISIBLE],
    ['soft hyphen only', '\u00AD', 'Write something.', INVISIBLE],
    ['a word after a zero-width space', '\u200Bhello', null, null],
    ['21 characters', 'x'.repeat(21), 'Too long.', 'Too long.'],
  ];

  it.each(table)('%s', (_name, input, required, optionalMessage) => {
    expect(firstMessage(reply, input)).toBe(required);
    expect(firstMessage(optional, input)).toBe(optionalMessage);
  });

  it('trims surrounding whitespace before counting', () => {
    expect(reply.parse('  hello  ')).toBe('hello');
    expect(firstMessage(reply, `  ${'x'.repeat(20)}  `)).toBe(null);
  });

  it('keeps whitespace when asked (Markdown bodies)', () => {
    expect(userText({ max: 20, trim: false }).parse('    code')).toBe('    code');
  });
});

describe('the text predicates', () => {
  it.each([
    ['', true],
    [' \n\t', true],
    ['\u200B\u2060\uFEFF', true],
    ['\u00A0', true],
    ['a', false],
    ['\u200Ba', false],
  ])('isBlank(%j) is %s', (input, expected) => {
    expect(isBlank(input)).toBe(expected);
  });

  it.each([
    ['😀', true],
    ['a\uD83D', false],
    ['\uDE00a', false],
    ['\uD83D\uDE00\uDE00', false],
    ['plain', true],
  ])('isWellFormedText(%j) is %s', (input, expected) => {
    expect(isWellFormedText(input)).toBe(expected);
  });
});

describe('every user text field refuses NUL, lone surrogates and invisible-only text', () => {
  const selectors = { quote: { type: 'TextQuoteSelector', exact: 'word' }, position: { type: 'TextPositionSelector', start: 0, end: 4 } };
  const fields: Array<[string, (text: string) => unknown, z.ZodType]> = [
    ['note body', (body) => ({ revisionId: 'rev1', motivation: 'COMMENTING', body, selectors }), ZCreateAnnotation],
    ['reply body', (body) => ({ body }), ZCreateReply],
    ['argument text', (text) => ({ target: { type: 'claim', id: 'c1' }, stance: 'SUPPORT', text }), ZAddArgument],
    ['cohort name', (name) => ({ name }), ZCreateCohort],
    ['pseudonym', (pseudonym) => ({ code: 'ABCDEFGH12', pseudonym }), ZJoinCohort],
    ['flag note', (note) => ({ target: { type: 'annotation', id: 'a1' }, reason: 'OTHER', note }), ZFlag],
    ['author response', (body) => ({ critique: { type: 'annotation', id: 'a1' }, status: 'DISPUTED', body }), ZRespond],
  ];

  it.each(fields)('%s', (_name, build, schema) => {
    expect(schema.safeParse(build('A real sentence here')).success).toBe(true);
    expect(schema.safeParse(build('A real\u0000 sentence')).success).toBe(false);
    expect(schema.safeParse(build('A real \uD800sentence')).success).toBe(false);
    expect(schema.safeParse(build('\u200B\u200B\u200B\u200B')).success).toBe(false);
  });

  it('refuses an id with a NUL inside a body', () => {
    expect(firstMessage(ZAddArgument, { target: { type: 'claim', id: 'c1\u0000' }, stance: 'SUPPORT', text: 'Fine' })).toBe(
      'That id is not valid: ids are letters, digits, "-" and "_".',
    );
  });
});
