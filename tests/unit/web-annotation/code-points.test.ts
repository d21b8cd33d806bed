import { describe, expect, it } from 'vitest';
import { codePointsToUtf16, offsetConverter, utf16ToCodePoints } from '@/lib/domain/web-annotation';

// The model counts code points (§4.2.5); JavaScript counts UTF-16 units. `text` is cut at `utf16`
// (a character boundary) and the same place must be `points` code points in.
type TCase = { name: string; text: string; utf16: number; points: number };

const DOVE = '🕊️'; // U+1F54A (a surrogate pair) + U+FE0F (variation selector): 3 units, 2 code points
const cases: TCase[] = [
  { name: 'ASCII: the same count', text: 'peace is hard', utf16: 6, points: 6 },
  { name: 'the start', text: `${DOVE} peace`, utf16: 0, points: 0 },
  { name: 'after an emoji with a variation selector', text: `${DOVE} peace`, utf16: 4, points: 3 },
  { name: 'the end of a text with an emoji', text: `${DOVE} peace`, utf16: 9, points: 8 },
  { name: 'between the emoji and its variation selector (a code point boundary)', text: `${DOVE} peace`, utf16: 2, points: 1 },
  { name: 'combining marks are code points in both counts', text: 'cafe\u0301 crème', utf16: 6, points: 6 },
  { name: 'a precomposed accent is one unit and one code point', text: 'café crème', utf16: 5, points: 5 },
  { name: 'a flag is two astral code points', text: '🇺🇳 UN', utf16: 5, points: 3 },
  { name: 'a ZWJ family: 4 astral people and 3 joiners', text: '👨‍👩‍👧‍👦!', utf16: 11, points: 7 },
  { name: 'a CJK Extension B character', text: '𠀀字', utf16: 3, points: 2 },
  { name: 'a lone high surrogate counts as one', text: 'a\ud800b', utf16: 3, points: 3 },
  { name: 'a lone low surrogate counts as one', text: 'a\udc00b', utf16: 2, points: 2 },
  { name: 'the empty text', text: '', utf16: 0, points: 0 },
];

describe('utf16ToCodePoints / codePointsToUtf16', () => {
  it.each(cases)('$name', ({ text, utf16, points }) => {
    expect(utf16ToCodePoints(text, utf16)).toBe(points);
    expect(codePointsToUtf16(text, points)).toBe(utf16);
    const converter = offsetConverter(text);
    expect(converter.toCodePoints(utf16)).toBe(points);
    expect(converter.toUtf16(points)).toBe(utf16);
  });

  it('agrees with Array.from at every boundary of a text full of emoji, and the converter agrees with both', () => {
    const text = `Peace ${DOVE} and 👨‍👩‍👧 in 🇺🇳: e\u0301 𠀀 end`;
    const converter = offsetConverter(text);
    expect(converter.codePointLength).toBe(Array.from(text).length);
    let utf16 = 0;
    Array.from(text).forEach((character, points) => {
      expect(utf16ToCodePoints(text, utf16)).toBe(points);
      expect(codePointsToUtf16(text, points)).toBe(utf16);
      expect(converter.toCodePoints(utf16)).toBe(points);
      expect(converter.toUtf16(points)).toBe(utf16);
      utf16 += character.length;
    });
    expect(utf16ToCodePoints(text, text.length)).toBe(converter.codePointLength);
  });

  const bad: { name: string; run: () => number }[] = [
    { name: 'a UTF-16 offset inside a surrogate pair', run: () => utf16ToCodePoints(`a${DOVE}`, 2) },
    { name: 'a UTF-16 offset past the end', run: () => utf16ToCodePoints('abc', 4) },
    { name: 'a negative UTF-16 offset', run: () => utf16ToCodePoints('abc', -1) },
    { name: 'a fractional UTF-16 offset', run: () => utf16ToCodePoints('abc', 1.5) },
    { name: 'a code point offset past the end', run: () => codePointsToUtf16(`a${DOVE}`, 4) },
    { name: 'a negative code point offset', run: () => codePointsToUtf16('abc', -1) },
    { name: 'the converter, inside a pair', run: () => offsetConverter(`a${DOVE}`).toCodePoints(2) },
    { name: 'the converter, past the end in code points', run: () => offsetConverter(`a${DOVE}`).toUtf16(4) },
  ];
  it.each(bad)('refuses $name with a RangeError', ({ run }) => {
    expect(run).toThrow(RangeError);
  });
});
