import search from 'approx-string-match';

/** One approximate match of a pattern: `[start, end)` in the text, with its edit distance. */
export type TApproxMatch = { start: number; end: number; errors: number };

/**
 * Searches over one text, memoised. Re-anchoring a revision asks the same questions many times
 * (annotations on the same words, quotes that repeat), so one index per revision text is shared
 * by every annotation of a batch. The caches grow with the questions asked: keep an index for one
 * batch, not for the life of a process.
 */
export type TTextIndex = {
  readonly text: string;
  /** Start offsets of every occurrence of `needle` (overlapping ones too), ascending. */
  occurrences(needle: string): readonly number[];
  /** approx-string-match: the lowest-error matches of `pattern` with at most `maxErrors` edits. */
  approximate(pattern: string, maxErrors: number): readonly TApproxMatch[];
};

/**
 * Creates the shared search index for `text`; pass it to `anchorSelectors` for a batch.
 *
 * @example
 * const index = indexText(revision.canonicalText);
 * annotations.map((a) => anchorSelectors(index.text, a.selectors, { index }));
 */
export function indexText(text: string): TTextIndex {
  const exact = new Map<string, readonly number[]>();
  const approximate = new Map<string, readonly TApproxMatch[]>();
  return {
    text,
    occurrences(needle) {
      let starts = exact.get(needle);
      if (starts === undefined) {
        starts = findAll(text, needle);
        exact.set(needle, starts);
      }
      return starts;
    },
    approximate(pattern, maxErrors) {
      const key = `${maxErrors}\u0000${pattern}`;
      let matches = approximate.get(key);
      if (matches === undefined) {
        matches = pattern.length === 0 ? [] : search(text, pattern, maxErrors);
        approximate.set(key, matches);
      }
      return matches;
    },
  };
}

function findAll(text: string, needle: string): number[] {
  const starts: number[] = [];
  if (needle.length === 0) return starts;
  for (let at = text.indexOf(needle); at !== -1; at = text.indexOf(needle, at + 1)) starts.push(at);
  return starts;
}
