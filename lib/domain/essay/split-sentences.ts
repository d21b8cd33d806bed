import { isFalseBoundary } from './sentence-boundary';
import type { TSentenceSpan } from './types';

// One segmenter for the module: constructing it loads ICU data, and it holds no per-call state.
const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });

const HAS_WORD = /[\p{L}\p{N}]/u;
// How much text either side of a break the abbreviation check needs: one token and one word.
const BOUNDARY_WINDOW = 64;

/**
 * Splits one paragraph (a single line of text) into sentence spans. Uses Intl.Segmenter, also
 * breaks at "…" the way ICU breaks at "...", glues back breaks after abbreviations and initials
 * ("U.S.", "e.g.", "Dr.", "J. Smith") and before a lowercase word ("“Why?” she asked."),
 * trims surrounding whitespace from every span, and folds pieces with no letter or digit
 * (a stray "..." or "—") into the sentence before them, so they never become claims.
 * Offsets are UTF-16 and shifted by `baseOffset`, so a span can point into a larger text.
 *
 * @example
 * splitSentences('Dr. Smith left. Then?', 10)
 * // [{ start: 10, end: 25, text: 'Dr. Smith left.' }, { start: 26, end: 31, text: 'Then?' }]
 */
export function splitSentences(paragraph: string, baseOffset = 0): TSentenceSpan[] {
  const pieces: { start: number; end: number }[] = [];
  for (const { start, end } of rawPieces(paragraph)) {
    const previous = pieces.at(-1);
    // Bounded windows keep this linear: slicing to the paragraph's end made a 1 MB line quadratic.
    const before = paragraph.slice(Math.max(previous?.start ?? 0, start - BOUNDARY_WINDOW), start);
    const after = paragraph.slice(start, start + BOUNDARY_WINDOW);
    if (previous && isFalseBoundary(before, after)) {
      previous.end = end;
    } else {
      pieces.push({ start, end });
    }
  }

  const spans: { start: number; end: number }[] = [];
  let orphanStart: number | null = null; // word-less piece seen before any sentence
  for (const piece of pieces) {
    const { start, end } = trimSpan(paragraph, piece.start, piece.end);
    if (start === end) continue;
    const last = spans.at(-1);
    if (!HAS_WORD.test(paragraph.slice(start, end))) {
      if (last && !paragraph.slice(last.end, start).includes('\n')) last.end = end;
      else orphanStart ??= start;
      continue;
    }
    const isOrphanGlued = orphanStart !== null && !paragraph.slice(orphanStart, start).includes('\n');
    spans.push({ start: isOrphanGlued ? (orphanStart ?? start) : start, end });
    orphanStart = null;
  }

  return spans.map(({ start, end }) => ({
    start: baseOffset + start,
    end: baseOffset + end,
    text: paragraph.slice(start, end),
  }));
}

// ICU ends a sentence at "..." before a capital but not at the single character "…" (U+2026),
// so the same prose would split differently depending on the author's keyboard. Cut at "…" too.
const ELLIPSIS_BREAK = /…["'”’)\]]*\s+(?=["“‘([]*\p{Lu})/gu;

function* rawPieces(paragraph: string): Generator<{ start: number; end: number }> {
  for (const { index, segment } of windowedSegments(paragraph)) {
    let from = 0;
    for (const match of segment.matchAll(ELLIPSIS_BREAK)) {
      const cut = match.index + match[0].length;
      yield { start: index + from, end: index + cut };
      from = cut;
    }
    yield { start: index + from, end: index + segment.length };
  }
}

// V8's sentence iterator costs time proportional to the whole string at every step, so a
// 1,000,000-character line took minutes. Segmenting a window at a time keeps it linear. The
// window's last segment may be cut short, so it is dropped and segmented again from its start;
// every boundary kept was decided with the text after it in view, as on the whole line.
const SEGMENT_WINDOW = 4096;

function* windowedSegments(text: string): Generator<{ index: number; segment: string }> {
  let base = 0;
  let size = SEGMENT_WINDOW;
  while (base < text.length) {
    const windowEnd = Math.min(text.length, base + size);
    const segments = [...segmenter.segment(text.slice(base, windowEnd))];
    const isLastWindow = windowEnd === text.length;
    const restart = segments.at(-1)?.index ?? 0;
    if (!isLastWindow && restart === 0) {
      size *= 2; // no boundary inside the window yet: look further
      continue;
    }
    for (const { index, segment } of isLastWindow ? segments : segments.slice(0, -1)) {
      yield { index: base + index, segment };
    }
    if (isLastWindow) return;
    base += restart;
    size = SEGMENT_WINDOW;
  }
}

function trimSpan(text: string, start: number, end: number): { start: number; end: number } {
  let from = start;
  let to = end;
  while (from < to && /\s/u.test(text[from] ?? '')) from += 1;
  while (to > from && /\s/u.test(text[to - 1] ?? '')) to -= 1;
  return { start: from, end: to };
}
