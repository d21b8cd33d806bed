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

/**
 * How one line of the canonical text is drawn. Lines of one list (or one quotation) share a
 * `group`; list items carry whether the list is numbered, the item's number and its nesting depth.
 */
export type TLayoutBlock = {
  kind: 'paragraph' | 'heading' | 'list-item' | 'quote';
  start: number;
  end: number;
  group?: number;
  ordered?: boolean;
  number?: number;
  depth?: number;
};

/** Inline formatting over `[start, end)`; a link's `href` is always http(s) or mailto. */
export type TInlineMark =
  { kind: 'link'; start: number; end: number; href: string } | { kind: 'emphasis' | 'strong' | 'code'; start: number; end: number };

/** Where a footnote is referred to: just after offset `at` of the text, footnote `number` (1-based). */
export type TFootnoteRef = { at: number; number: number };

/** A footnote's own text (plain, with its marks relative to that text): shown at the end, never claims. */
export type TFootnote = { number: number; label: string; text: string; marks: TInlineMark[] };

/**
 * The structure of a Markdown source beside its plain canonical text: one block per line, inline
 * marks and footnote references by offset into the text, and the footnotes themselves.
 */
export type TEssayLayout = {
  blocks: TLayoutBlock[];
  marks: TInlineMark[];
  footnoteRefs: TFootnoteRef[];
  footnotes: TFootnote[];
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
  /** Lists, quotations, links, emphasis and footnotes of a Markdown source; null when there are none. */
  layout: TEssayLayout | null;
};

export type TEssayFormat = 'text' | 'markdown' | 'auto';

export type TParseEssayOptions = { format?: TEssayFormat };

/**
 * A line of the essay after format-specific reading and before offsets are assigned.
 * `line` is exactly what goes into the canonical text; `title` is what a heading displays.
 */
export type TEssayBlock =
  | { kind: 'heading'; line: string; title: string }
  | {
      kind: 'paragraph';
      line: string;
      /** Markdown only: a list item or a quotation rather than a plain paragraph. */
      style?: Omit<TLayoutBlock, 'start' | 'end' | 'kind'> & { kind: 'list-item' | 'quote' };
      /** Markdown only: marks and footnote references with offsets into `line`. */
      marks?: TInlineMark[];
      footnoteRefs?: TFootnoteRef[];
    };

/** What a format reader hands to the shared assembly step. */
export type TReadEssay = {
  title: string | null;
  authorName: string | null;
  blocks: TEssayBlock[];
  footnotes?: TFootnote[];
};
