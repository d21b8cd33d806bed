import { describe, expect, it } from 'vitest';
import { splitSentences } from '@/lib/domain/essay';

type TCase = { name: string; paragraph: string; sentences: string[] };

const cases: TCase[] = [
  // Abbreviations that never end a sentence.
  {
    name: 'titles before names',
    paragraph: "Dr. Smith met Mr. Jones at St. Paul's. They talked.",
    sentences: ["Dr. Smith met Mr. Jones at St. Paul's.", 'They talked.'],
  },
  {
    name: 'e.g. before a capital',
    paragraph: 'Use allies, e.g. Japan and Korea. Or not.',
    sentences: ['Use allies, e.g. Japan and Korea.', 'Or not.'],
  },
  {
    name: 'i.e. before a capital',
    paragraph: 'The rival, i.e. Russia, objected. Fine.',
    sentences: ['The rival, i.e. Russia, objected.', 'Fine.'],
  },
  {
    name: 'vs. before a capital',
    paragraph: 'It was NATO vs. Russia again. Nobody won.',
    sentences: ['It was NATO vs. Russia again.', 'Nobody won.'],
  },
  // Dotted acronyms: part of the sentence unless a typical sentence opener follows.
  {
    name: 'U.S. before a lowercase word',
    paragraph: 'Reliance on the U.S. has faltered. Iran waits.',
    sentences: ['Reliance on the U.S. has faltered.', 'Iran waits.'],
  },
  {
    name: 'U.S. / U.K. before a proper noun',
    paragraph: 'The U.S. Congress voted. The U.K. Parliament abstained.',
    sentences: ['The U.S. Congress voted.', 'The U.K. Parliament abstained.'],
  },
  {
    name: 'U.S. at the end of a sentence',
    paragraph: 'He moved to the U.S. The move was hard.',
    sentences: ['He moved to the U.S.', 'The move was hard.'],
  },
  // Initials.
  {
    name: 'initials before a surname',
    paragraph: 'J. Smith wrote it. J. R. R. Tolkien did too.',
    sentences: ['J. Smith wrote it.', 'J. R. R. Tolkien did too.'],
  },
  {
    name: 'a capital letter that ends a sentence',
    paragraph: 'We need a Plan B. The next step follows.',
    sentences: ['We need a Plan B.', 'The next step follows.'],
  },
  // Quotes stay with their sentence.
  {
    name: 'curly double quotes after a period',
    paragraph: 'He said “Stop.” Then he left.',
    sentences: ['He said “Stop.”', 'Then he left.'],
  },
  {
    name: 'curly single quotes after a period',
    paragraph: 'They called them ‘mini-laterals.’ They grew.',
    sentences: ['They called them ‘mini-laterals.’', 'They grew.'],
  },
  { name: 'straight quotes after a period', paragraph: 'She wrote "Enough." We agreed.', sentences: ['She wrote "Enough."', 'We agreed.'] },
  {
    name: 'a quoted question inside a sentence',
    paragraph: '“Is it over?” she asked. “Yes.”',
    sentences: ['“Is it over?” she asked.', '“Yes.”'],
  },
  // Other terminators.
  { name: 'question and exclamation marks', paragraph: 'Really? Yes! Fine.', sentences: ['Really?', 'Yes!', 'Fine.'] },
  { name: 'three-dot ellipsis before a capital', paragraph: 'He paused... Then he left.', sentences: ['He paused...', 'Then he left.'] },
  { name: 'ellipsis character before a capital', paragraph: 'He paused… Then he left.', sentences: ['He paused…', 'Then he left.'] },
  { name: 'ellipsis inside a sentence', paragraph: 'Wait... what happened? Nothing.', sentences: ['Wait... what happened?', 'Nothing.'] },
  {
    name: 'decimal numbers',
    paragraph: 'Spending rose 3.5 percent. Then 2.1 percent.',
    sentences: ['Spending rose 3.5 percent.', 'Then 2.1 percent.'],
  },
  // Whitespace and punctuation-only pieces.
  {
    name: 'surrounding and inner whitespace',
    paragraph: '   Peace is hard.    War is easy.   ',
    sentences: ['Peace is hard.', 'War is easy.'],
  },
  { name: 'a stray punctuation run joins the sentence before it', paragraph: 'Hello! !!! Next.', sentences: ['Hello! !!!', 'Next.'] },
  { name: 'a sentence without a final full stop', paragraph: 'It ended. And then nothing', sentences: ['It ended.', 'And then nothing'] },
  { name: 'punctuation only', paragraph: '... !!! ???', sentences: [] },
  { name: 'empty', paragraph: '', sentences: [] },
  // Unicode: UTF-16 offsets must stay exact around surrogate pairs and accents.
  {
    name: 'emoji and accented letters',
    paragraph: 'Café 🎉 crème brûlée. Naïve résumé! 👍🏽 Done.',
    sentences: ['Café 🎉 crème brûlée.', 'Naïve résumé!', '👍🏽 Done.'],
  },
  { name: 'non-Latin script', paragraph: 'Мир хрупок. 和平很难。 Peace.', sentences: ['Мир хрупок.', '和平很难。', 'Peace.'] },
];

describe('splitSentences', () => {
  it.each(cases)('$name', ({ paragraph, sentences }) => {
    expect(splitSentences(paragraph, 0).map((span) => span.text)).toEqual(sentences);
  });

  it.each(cases)('$name: offsets shifted by the base slice back to each sentence', ({ paragraph }) => {
    const prefix = 'Earlier line 🎉.\n';
    const text = prefix + paragraph;
    for (const span of splitSentences(paragraph, prefix.length)) {
      expect(text.slice(span.start, span.end)).toBe(span.text);
      expect(span.text).toBe(span.text.trim());
    }
  });

  it('counts offsets in UTF-16 code units, as String.prototype.slice does', () => {
    // "👍🏽" is two code points and four UTF-16 units.
    expect(splitSentences('👍🏽 Yes. No.', 0)).toEqual([
      { start: 0, end: 9, text: '👍🏽 Yes.' },
      { start: 10, end: 13, text: 'No.' },
    ]);
  });
});

describe('splitSentences on long paragraphs', () => {
  it('splits a paragraph of many thousand characters exactly as it splits its parts', () => {
    // Cases whose last sentence has no terminator would run on into the next case: leave them out.
    const parts = cases.filter((testCase) => /[.!?…"”’。]$/u.test(testCase.paragraph.trim()) && testCase.sentences.length > 0);
    const paragraph = Array.from({ length: 60 }, () => parts.map((testCase) => testCase.paragraph.trim()).join(' ')).join(' ');
    const expected = Array.from({ length: 60 }, () => parts.flatMap((testCase) => testCase.sentences)).flat();
    expect(paragraph.length).toBeGreaterThan(20_000);
    const spans = splitSentences(paragraph, 0);
    expect(spans.map((span) => span.text)).toEqual(expected);
    for (const span of spans) expect(paragraph.slice(span.start, span.end)).toBe(span.text);
  });
});
