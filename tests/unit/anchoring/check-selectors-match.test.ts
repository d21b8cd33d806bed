import { describe, expect, it } from 'vitest';
import { checkSelectorsMatch, describeRange, type TSelectorPair } from '@/lib/domain/anchoring';

const TEXT = 'Trust among states is collapsing. Insecurity is spreading 🌍 faster than umbrellas.';
const at = TEXT.indexOf('Insecurity');
const good = describeRange(TEXT, at, at + 'Insecurity is spreading'.length);

function tweak(change: { exact?: string; prefix?: string; suffix?: string; start?: number; end?: number }): TSelectorPair {
  return {
    quote: { ...good.quote, ...pick(change, ['exact', 'prefix', 'suffix']) },
    position: { ...good.position, ...pick(change, ['start', 'end']) },
  };
}

function pick<T extends object>(from: T, keys: (keyof T)[]): Partial<T> {
  return Object.fromEntries(keys.filter((key) => from[key] !== undefined).map((key) => [key, from[key]])) as Partial<T>;
}

type TCase = { name: string; selectors: TSelectorPair; reason: RegExp | null };

const cases: TCase[] = [
  { name: 'selectors built by describeRange', selectors: good, reason: null },
  {
    name: 'the same selection with shorter context (a client that sends less)',
    selectors: tweak({ prefix: 'ing. ', suffix: ' ' }),
    reason: null,
  },
  { name: 'no context at all', selectors: tweak({ prefix: '', suffix: '' }), reason: null },
  { name: 'at the text start, empty prefix', selectors: describeRange(TEXT, 0, 5), reason: null },
  { name: 'at the text end, short suffix', selectors: describeRange(TEXT, TEXT.length - 10, TEXT.length - 1), reason: null },
  { name: 'around an emoji', selectors: describeRange(TEXT, TEXT.indexOf('🌍'), TEXT.indexOf('🌍') + 2), reason: null },
  {
    name: 'a quote that differs from the text at the position',
    selectors: tweak({ exact: 'Insecurity is growing!!' }),
    reason: /does not match the essay at that place, which reads “Insecurity is spreading”/,
  },
  {
    name: 'a position past the end of the text',
    selectors: tweak({ start: TEXT.length, end: TEXT.length + 23 }),
    reason: /not inside this revision/,
  },
  { name: 'a position with end before start', selectors: tweak({ start: 40, end: 30 }), reason: /not inside this revision/ },
  { name: 'a position shifted by one', selectors: tweak({ start: at + 1, end: at + 24 }), reason: /does not match/ },
  {
    name: 'a wrong prefix',
    selectors: tweak({ prefix: 'Faith among states is collapsing. ' }),
    reason: /text before the selection does not match/,
  },
  {
    name: 'a prefix longer than the text before it',
    selectors: { ...describeRange(TEXT, 0, 5), quote: { ...describeRange(TEXT, 0, 5).quote, prefix: 'x' } },
    reason: /text before/,
  },
  { name: 'a wrong suffix', selectors: tweak({ suffix: ' slower' }), reason: /text after the selection does not match/ },
  {
    name: 'a position that cuts an emoji in half',
    selectors: tweak({ exact: TEXT.slice(at, TEXT.indexOf('🌍') + 1), end: TEXT.indexOf('🌍') + 1, suffix: '' }),
    reason: /in half/,
  },
];

describe('checkSelectorsMatch', () => {
  it.each(cases)('$name', ({ selectors, reason }) => {
    const result = checkSelectorsMatch(TEXT, selectors);
    if (reason === null) {
      expect(result).toEqual({ ok: true });
    } else {
      expect(result.ok).toBe(false);
      expect(!result.ok && result.reason).toMatch(reason);
    }
  });

  it('tells the person what to do when the essay changed under them', () => {
    const result = checkSelectorsMatch(TEXT, tweak({ exact: 'something else entirely' }));
    expect(!result.ok && result.reason).toMatch(/reload it and select the passage again/);
  });
});
