/**
 * Shapes produced by essay ingestion. All offsets are UTF-16 code-unit offsets into
 * `TParsedEssay.canonicalText` (the same unit as `String.prototype.slice`), which is always
 * LF-only and BOM-free, so `canonicalText.slice(start, end)` gives back the exact text.
 */

/** A sentence span inside some text: `text === source.slice(start, end)`, no surrounding whitespace. */
export type TSentenceSpan = { start: number; end: number; text: string };

/** One claim (sentence). `order` is 0-based and counts across the whole essay, not per section. */
export type TParsedClaim = TSentenceSpan & { order: number };

/**
 * One section. `title` is null for the untitled lead before the first heading. `start` is where the
 * heading line (or, for the lead, the first paragraph) begins; `end` is the end of its last line,
 * excluding the "\n" that separates it from the next section.
 */
export type TParsedSection = {
  order: number;
  title: string | null;
  start: number;
  end: number;
  claims: TParsedClaim[];
};

/** The op-ed trailer: facts about the piece that are not part of its argument. */
export type TEssayMetadata = {
  about: string | null;
  disclaimer: string | null;
  readMore: { heading: string; titles: string[] } | null;
  acknowledgement: string | null;
};

export type TParsedEssay = {
  /** The by-line (first line in the op-ed form), without a leading "By". Not in canonicalText. */
  authorName: string | null;
  /** Heading lines and body paragraphs joined by "\n"; no by-line, no Markdown title, no trailer. */
  canonicalText: string;
  sections: TParsedSection[];
  metadata: TEssayMetadata;
  /** A working title taken from the essay's own words (or its Markdown H1). */
  suggestedTitle: string | null;
};

export type TEssayFormat = 'text' | 'markdown' | 'auto';

export type TParseEssayOptions = { format?: TEssayFormat };

/**
 * A line of the essay after format-specific reading and before offsets are assigned.
 * `line` is exactly what goes into the canonical text; `title` is what a heading displays.
 */
export type TEssayBlock = { kind: 'heading'; line: string; title: string } | { kind: 'paragraph'; line: string };

/** What a format reader hands to the shared assembly step. */
export type TReadEssay = {
  title: string | null;
  authorName: string | null;
  blocks: TEssayBlock[];
};
