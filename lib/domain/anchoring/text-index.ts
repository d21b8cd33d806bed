import search from 'approx-string-match';

/**
 * Work units of one cell of an edit-distance table (context scoring), relative to one character
 * scanned by a search: measured, a cell costs about as much as scanning 16 characters.
 */
export const COMPARE_CELL_WORK = 16;

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
  /**
   * Work done on this index so far, in rough character-steps: text scanned by searches, cells of
   * context compared. Deterministic (unlike a clock), so a caller anchoring untrusted selectors —
   * an import — can bound a request's work and refuse what is over the bound.
   */
  readonly work: number;
  /** Adds `units` to `work` (scoring done outside the index's own searches). */
  spend(units: number): void;
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
  let work = 0;
  return {
    text,
    get work() {
      return work;
    },
    spend(units) {
      work += units;
    },
    occurrences(needle) {
      let starts = exact.get(needle);
      if (starts === undefined) {
        work += text.length;
        starts = findAll(text, needle);
        exact.set(needle, starts);
      }
      return starts;
    },
    approximate(pattern, maxErrors) {
      const key = `${maxErrors}\u0000${pattern}`;
      let matches = approximate.get(key);
      if (matches === undefined) {
        // Myers' bit-parallel search: one pass over the text per 32 characters of pattern.
        work += text.length * Math.ceil(pattern.length / 32);
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
