// The W3C model counts text positions in Unicode code points ("the selection of the text MUST be in
// terms of unicode code points … and MUST NOT be in terms of code units", §4.2.5); JavaScript and
// Counterpoint's stored offsets count UTF-16 code units. They differ by one for every character
// outside the Basic Multilingual Plane before the offset (most emoji: "🕊" is 2 units, 1 code point).
// Combining marks and variation selectors are code points of their own in both counts.

function isPairAt(text: string, index: number): boolean {
  const high = text.charCodeAt(index);
  const low = text.charCodeAt(index + 1);
  return high >= 0xd800 && high <= 0xdbff && low >= 0xdc00 && low <= 0xdfff;
}

function assertOffset(text: string, offset: number, length: number, unit: string): void {
  if (!Number.isInteger(offset) || offset < 0 || offset > length) {
    throw new RangeError(`Offset ${offset} is outside the text (0–${length} ${unit}).`);
  }
}

/**
 * The code point offset of the UTF-16 offset `offset` in `text`. A lone surrogate counts as one
 * code point (as `for…of` sees it).
 *
 * @throws RangeError when `offset` is not an integer in `[0, text.length]` or falls between the two
 *   halves of a surrogate pair.
 * @example
 * utf16ToCodePoints('a🕊️ b', 5); // 4 — "a", "🕊" (2 units), U+FE0F, " "
 */
export function utf16ToCodePoints(text: string, offset: number): number {
  assertOffset(text, offset, text.length, 'UTF-16 code units');
  let points = 0;
  for (let i = 0; i < offset; i += 1) {
    if (isPairAt(text, i)) {
      if (i + 1 === offset) throw new RangeError(`Offset ${offset} falls inside a character (a surrogate pair).`);
      i += 1;
    }
    points += 1;
  }
  return points;
}

/**
 * The UTF-16 offset of the code point offset `offset` in `text`.
 *
 * @throws RangeError when `offset` is not an integer in `[0, number of code points]`.
 * @example
 * codePointsToUtf16('a🕊️ b', 4); // 5
 */
export function codePointsToUtf16(text: string, offset: number): number {
  if (Number.isInteger(offset) && offset >= 0) {
    let units = 0;
    let points = 0;
    for (; points < offset && units < text.length; points += 1) units += isPairAt(text, units) ? 2 : 1;
    if (points === offset) return units;
  }
  throw new RangeError(`Offset ${offset} is outside the text (0–${[...text].length} code points).`);
}

export type TOffsetConverter = {
  /** Number of code points in the text. */
  readonly codePointLength: number;
  /** Same as `utf16ToCodePoints(text, offset)`, in O(log n). */
  toCodePoints(offset: number): number;
  /** Same as `codePointsToUtf16(text, offset)`, in O(log n). */
  toUtf16(offset: number): number;
};

// Number of entries of the ascending `values` that are < `limit`.
function countBelow(values: readonly number[], limit: number): number {
  let low = 0;
  let high = values.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if ((values[mid] ?? Infinity) < limit) low = mid + 1;
    else high = mid;
  }
  return low;
}

/**
 * Both conversions for one text, for batches (an import converts thousands of offsets against one
 * essay): one O(n) scan records where the surrogate pairs are, then each conversion is a binary
 * search. Same results and errors as the two functions above.
 *
 * @example
 * const offsets = offsetConverter(revision.text);
 * selectors.map((s) => ({ start: offsets.toCodePoints(s.start), end: offsets.toCodePoints(s.end) }));
 */
export function offsetConverter(text: string): TOffsetConverter {
  // UTF-16 index of each pair's high half, and the code point index of the same character.
  const pairUnits: number[] = [];
  const pairPoints: number[] = [];
  for (let i = 0; i < text.length; i += 1) {
    if (isPairAt(text, i)) {
      pairPoints.push(i - pairUnits.length);
      pairUnits.push(i);
      i += 1;
    }
  }
  const codePointLength = text.length - pairUnits.length;
  return {
    codePointLength,
    toCodePoints(offset) {
      assertOffset(text, offset, text.length, 'UTF-16 code units');
      const before = countBelow(pairUnits, offset);
      if (before > 0 && pairUnits[before - 1] === offset - 1) {
        throw new RangeError(`Offset ${offset} falls inside a character (a surrogate pair).`);
      }
      return offset - before;
    },
    toUtf16(offset) {
      assertOffset(text, offset, codePointLength, 'code points');
      return offset + countBelow(pairPoints, offset);
    },
  };
}
