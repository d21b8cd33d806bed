// UTF-16 helpers: offsets are code units, and an offset between the two halves of a surrogate pair
// (an emoji, most CJK extension characters) would cut a character in half. A lone half cannot even
// be stored: Postgres rejects it inside text and jsonb.

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/** True when `offset` falls between the high and low halves of a surrogate pair in `text`. */
export function splitsSurrogatePair(text: string, offset: number): boolean {
  return offset > 0 && offset < text.length && isHighSurrogate(text.charCodeAt(offset - 1)) && isLowSurrogate(text.charCodeAt(offset));
}

/** Widens a span by one code unit at each end that would split a pair, so it keeps whole characters. */
export function snapOutward(text: string, start: number, end: number): { start: number; end: number } {
  return {
    start: splitsSurrogatePair(text, start) ? start - 1 : start,
    end: splitsSurrogatePair(text, end) ? end + 1 : end,
  };
}

/** Drops a lone low surrogate at the start of a context slice (its high half lay outside the slice). */
export function trimLeadingHalf(slice: string): string {
  return slice.length > 0 && isLowSurrogate(slice.charCodeAt(0)) ? slice.slice(1) : slice;
}

/** Drops a lone high surrogate at the end of a context slice (its low half lay outside the slice). */
export function trimTrailingHalf(slice: string): string {
  return slice.length > 0 && isHighSurrogate(slice.charCodeAt(slice.length - 1)) ? slice.slice(0, -1) : slice;
}
