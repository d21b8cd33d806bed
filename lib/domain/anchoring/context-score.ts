// How many characters of prefix/suffix are compared. The ones nearest the quote carry the signal;
// capping keeps scoring an occurrence O(32²) however long a client's stored context is.
const COMPARED_CONTEXT = 32;

// One reusable DP row: scoring runs for every occurrence of every quote in a batch, and allocating
// a row per call showed up in the benchmark. Safe because JavaScript runs this synchronously.
let row = new Int32Array(COMPARED_CONTEXT + 1);

/** Levenshtein distance (insertions, deletions, substitutions of UTF-16 code units). */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  if (a.length === 0) return b.length;
  if (b.length === 0) return a.length;
  if (row.length < b.length + 1) row = new Int32Array(b.length + 1);
  const cells = row;
  const n = b.length;
  for (let j = 0; j <= n; j += 1) cells[j] = j;
  // The hot loop of scoring (an import may score millions of cells): plain comparisons, no
  // Math.min or `??`, measured about twice as fast.
  for (let i = 1; i <= a.length; i += 1) {
    let diagonal = cells[0]!;
    let left = i;
    cells[0] = i;
    const code = a.charCodeAt(i - 1);
    for (let j = 1; j <= n; j += 1) {
      const above = cells[j]!;
      let best = diagonal + (code === b.charCodeAt(j - 1) ? 0 : 1);
      if (above + 1 < best) best = above + 1;
      if (left + 1 < best) best = left + 1;
      cells[j] = best;
      left = best;
      diagonal = above;
    }
  }
  return cells[n]!;
}

function similarity(expected: string, actual: string): number {
  if (expected.length === 0) return 1; // nothing was stored, so nothing can disagree
  return Math.max(0, 1 - editDistance(expected, actual) / expected.length);
}

/** Similarity in [0, 1] of the stored `prefix` to the text that now ends at `start`. */
export function prefixScore(text: string, start: number, prefix: string): number {
  const expected = prefix.slice(-COMPARED_CONTEXT);
  return similarity(expected, text.slice(Math.max(0, start - expected.length), start));
}

/** Similarity in [0, 1] of the stored `suffix` to the text that now starts at `end`. */
export function suffixScore(text: string, end: number, suffix: string): number {
  const expected = suffix.slice(0, COMPARED_CONTEXT);
  return similarity(expected, text.slice(end, end + expected.length));
}

/** The stored context trimmed to what is compared: what a context search should look for. */
export function comparedContext(prefix: string, suffix: string): { prefix: string; suffix: string } {
  return { prefix: prefix.slice(-COMPARED_CONTEXT), suffix: suffix.slice(0, COMPARED_CONTEXT) };
}

/** Mean similarity of the stored context sides that exist (0 when none was stored). */
export function contextSupport(quote: { prefix: string; suffix: string }, prefix: number, suffix: number): number {
  const sides = [quote.prefix ? prefix : null, quote.suffix ? suffix : null].filter((s) => s !== null);
  return sides.length === 0 ? 0 : sides.reduce((sum, s) => sum + s, 0) / sides.length;
}

// A place found for a quote anywhere but where it stood must have its surroundings vouch for it,
// however long the quote: when a passage is deleted, a look-alike sentence elsewhere ("Russia and
// Qatar." → "Russia and Iran.") or an exact copy of it in another paragraph are words the note
// never quoted, and orphaned is honest where moved is not. Half the stored context (mean edit
// similarity of the sides that were stored) must still agree near the old position; unrelated
// English scores about 0.3. Far from it, a repeated phrase agrees on one side by itself ("The
// Middle East has transformed into a" opens two sentences), so most of the context must agree.
const MIN_CONTEXT_SUPPORT = 0.5;
const MIN_CONTEXT_SUPPORT_FAR = 0.8;
/** Beyond this many characters from the stored position, a place counts as far away. */
export const FAR = 512;
// With no context stored (some imports) there is nothing to vouch: an exact match is all the
// evidence there can be, and a fuzzy one is believed only for a quote long enough to be specific.
const SELF_EVIDENT_QUOTE = 16;

/** Whether a place found for a quote is believable given how well its surroundings match. */
export function isPlaceVouchedFor(
  quote: { exact: string; prefix: string; suffix: string },
  prefix: number,
  suffix: number,
  isExact = false,
  isFar = false,
): boolean {
  if (!quote.prefix && !quote.suffix) return isExact || quote.exact.length >= SELF_EVIDENT_QUOTE;
  return contextSupport(quote, prefix, suffix) >= (isFar ? MIN_CONTEXT_SUPPORT_FAR : MIN_CONTEXT_SUPPORT);
}
