import { describe, expect, it } from 'vitest';
import { EssayParseError, isEssayParseError, MAX_ESSAY_CHARS, parseEssay } from '@/lib/domain/essay';
import type { TEssayParseErrorCode } from '@/lib/domain/essay';

type TCase = { name: string; input: string; code: TEssayParseErrorCode; message: RegExp };

const cases: TCase[] = [
  { name: 'an empty file', input: '', code: 'EMPTY', message: /empty.*Upload a file that contains the text/ },
  { name: 'only whitespace and line breaks', input: ' \n\t\r\n  \n', code: 'EMPTY', message: /empty/ },
  { name: 'only a byte-order mark', input: '\uFEFF', code: 'EMPTY', message: /empty/ },
  {
    name: 'binary with NUL bytes',
    input: '%PDF-1.7\u0000\u0000\u0001stream',
    code: 'BINARY',
    message: /does not look like text.*\.txt.*\.md/,
  },
  { name: 'mostly undecodable bytes', input: `Hello.${'\uFFFD\u0003'.repeat(20)}`, code: 'BINARY', message: /PDF, Word document/ },
  { name: 'headings only', input: 'Introduction:\nConclusion:\n', code: 'NO_SENTENCES', message: /No sentences.*only headings/ },
  { name: 'Markdown headings only', input: '# Title\n\n## Part one\n\n## Part two\n', code: 'NO_SENTENCES', message: /No sentences/ },
  { name: 'punctuation only', input: '... --- !!!\n???', code: 'NO_SENTENCES', message: /punctuation/ },
  {
    name: 'too large',
    input: 'Peace. '.repeat(Math.ceil(MAX_ESSAY_CHARS / 7) + 1),
    code: 'TOO_LARGE',
    message: /limit is 1,000,000.*single essay/,
  },
];

describe('parseEssay rejects input that cannot be an essay', () => {
  it.each(cases)('$name → $code', ({ input, code, message }) => {
    let caught: unknown;
    try {
      parseEssay(input);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(EssayParseError);
    expect(isEssayParseError(caught)).toBe(true);
    expect(caught).toMatchObject({ code, name: 'EssayParseError' });
    expect((caught as Error).message).toMatch(message);
  });

  it('accepts an essay just under the size limit', () => {
    const sentence = 'Peace. ';
    const input = sentence.repeat(Math.floor(MAX_ESSAY_CHARS / sentence.length));
    expect(parseEssay(input).sections[0]?.claims.length).toBe(Math.floor(MAX_ESSAY_CHARS / sentence.length));
  });

  it('accepts a few stray control characters in otherwise normal text', () => {
    expect(parseEssay('Peace is hard.\u000B War is easy.').sections[0]?.claims).toHaveLength(2);
  });

  it('does not mistake ordinary errors for parse errors', () => {
    expect(isEssayParseError(new Error('boom'))).toBe(false);
  });
});
