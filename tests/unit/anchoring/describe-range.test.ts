import { describe, expect, it } from 'vitest';
import { AnchoringError, describeRange, isAnchoringError } from '@/lib/domain/anchoring';

const TEXT = 'The world has never seen so many alliances yet so little global peace.';

type TCase = { name: string; text: string; start: number; end: number; context?: number; exact: string; prefix: string; suffix: string };

const cases: TCase[] = [
  {
    name: 'mid-text, 32 characters either side',
    text: TEXT,
    start: 33,
    end: 42,
    exact: 'alliances',
    prefix: 'he world has never seen so many ',
    suffix: ' yet so little global peace.',
  },
  {
    name: 'at the start: empty prefix',
    text: TEXT,
    start: 0,
    end: 9,
    exact: 'The world',
    prefix: '',
    suffix: ' has never seen so many alliance',
  },
  {
    name: 'at the end: short suffix',
    text: TEXT,
    start: 64,
    end: 70,
    exact: 'peace.',
    prefix: ' alliances yet so little global ',
    suffix: '',
  },
  { name: 'the whole text', text: TEXT, start: 0, end: TEXT.length, exact: TEXT, prefix: '', suffix: '' },
  { name: 'a custom context length', text: TEXT, start: 33, end: 42, context: 5, exact: 'alliances', prefix: 'many ', suffix: ' yet ' },
  { name: 'no context', text: TEXT, start: 33, end: 42, context: 0, exact: 'alliances', prefix: '', suffix: '' },
  // Context must not end in half an emoji: the cut falls inside 🎉 (2 code units), which is dropped.
  {
    name: 'context cut inside an emoji is trimmed to whole characters',
    text: '🎉ab🎉',
    start: 2,
    end: 4,
    context: 1,
    exact: 'ab',
    prefix: '',
    suffix: '',
  },
  {
    name: 'a quote made of an emoji and accents',
    text: 'Café 🕊️ crème',
    start: 5,
    end: 7,
    context: 3,
    exact: '🕊',
    prefix: 'fé ',
    suffix: '️ c',
  },
  {
    name: 'curly quotes around the quote',
    text: 'into ‘mini-laterals’ and',
    start: 6,
    end: 19,
    context: 2,
    exact: 'mini-laterals',
    prefix: ' ‘',
    suffix: '’ ',
  },
];

describe('describeRange', () => {
  it.each(cases)('$name', ({ text, start, end, context, exact, prefix, suffix }) => {
    expect(describeRange(text, start, end, context)).toEqual({
      quote: { type: 'TextQuoteSelector', exact, prefix, suffix },
      position: { type: 'TextPositionSelector', start, end },
    });
  });

  const bad: { name: string; text: string; start: number; end: number; code: string }[] = [
    { name: 'start before the text', text: TEXT, start: -1, end: 3, code: 'OUT_OF_RANGE' },
    { name: 'end past the text', text: TEXT, start: 60, end: TEXT.length + 1, code: 'OUT_OF_RANGE' },
    { name: 'offsets that are not integers', text: TEXT, start: 1.5, end: 3, code: 'OUT_OF_RANGE' },
    { name: 'an empty selection', text: TEXT, start: 5, end: 5, code: 'EMPTY' },
    { name: 'a reversed selection', text: TEXT, start: 9, end: 4, code: 'EMPTY' },
    { name: 'start inside an emoji', text: 'a🎉b', start: 2, end: 4, code: 'SPLITS_CHARACTER' },
    { name: 'end inside an emoji', text: 'a🎉b', start: 0, end: 2, code: 'SPLITS_CHARACTER' },
  ];
  it.each(bad)('rejects $name with an AnchoringError ($code)', ({ text, start, end, code }) => {
    let caught: unknown;
    try {
      describeRange(text, start, end);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(AnchoringError);
    expect(isAnchoringError(caught) && caught.code).toBe(code);
    expect(isAnchoringError(caught) && caught.message).toMatch(/select/i);
  });
});
