import { assembleSections } from './assemble-sections';
import { detectTrailer } from './detect-trailer';
import { EssayParseError } from './essay-parse-error';
import { MAX_ESSAY_CHARS, normalizeInput } from './normalize-input';
import { readMarkdown } from './read-markdown';
import { readPlainText } from './read-plain-text';
import { suggestTitle } from './suggest-title';
import type { TEssayFormat, TParsedEssay, TParseEssayOptions, TReadEssay } from './types';

// A line opening with 1–6 "#" and a space is an ATX heading; plain prose almost never starts so.
const MARKDOWN_HEADING_LINE = /^#{1,6}[ \t]/m;

/** Resolves 'auto': Markdown when any line starts with "#"…"######" and a space, else plain text. */
export function detectFormat(text: string, format: TEssayFormat = 'auto'): 'text' | 'markdown' {
  if (format !== 'auto') return format;
  return MARKDOWN_HEADING_LINE.test(text) ? 'markdown' : 'text';
}

/**
 * Turns the text of an uploaded file into an essay: by-line, canonical text, sections of claims
 * (one claim per sentence) and the op-ed trailer as metadata.
 *
 * Input is normalised first (BOM stripped, CRLF/CR turned into LF), so every offset is a UTF-16
 * offset into `canonicalText`, which is LF-only; `canonicalText.slice(claim.start, claim.end)`
 * always equals `claim.text`, and no claim spans a line. Plain text follows the op-ed form
 * (by-line, one paragraph per line, "Heading:" lines); see `readPlainText` and `readMarkdown`
 * for how each format is read. The trailer ("About the contributor:", "Disclaimer:",
 * "Read more at …:", "Acknowledgement:") is metadata, never claims, and not in canonicalText.
 * A Markdown H1 on the first line is the title; otherwise the title is suggested from the text.
 * Markdown's lists, quotations, links, emphasis and footnotes are the `layout` beside the text.
 *
 * @throws EssayParseError — TOO_LARGE (over 1,000,000 characters), BINARY, EMPTY, NO_SENTENCES.
 * @example
 * const essay = parseEssay('Jane Doe\nPeace is hard. War is easy.\nWhy:\nBecause.');
 * essay.authorName; // 'Jane Doe'
 * essay.sections.map((s) => s.title); // [null, 'Why']
 */
export function parseEssay(input: string, opts: TParseEssayOptions = {}): TParsedEssay {
  const text = normalizeInput(input);
  return parseEssayBlocks(detectFormat(text, opts.format) === 'markdown' ? readMarkdown(text) : readPlainText(text));
}

/**
 * The steps after a format reader, shared by text, Markdown and HTML (web articles, .docx):
 * splits off the trailer, lays out the canonical text and cuts it into sections and claims.
 *
 * @throws EssayParseError — NO_SENTENCES, TOO_LARGE.
 */
export function parseEssayBlocks(read: TReadEssay): TParsedEssay {
  const { body, metadata } = detectTrailer(read.blocks);
  const { canonicalText, sections, layout } = assembleSections(body, read.footnotes);
  if (canonicalText.length > MAX_ESSAY_CHARS) {
    throw new EssayParseError(
      'TOO_LARGE',
      `This essay has ${canonicalText.length.toLocaleString('en-US')} characters; the limit is ` +
        `${MAX_ESSAY_CHARS.toLocaleString('en-US')}. Import a single essay rather than a whole book or collection.`,
    );
  }

  if (!sections.some((section) => section.claims.length > 0)) {
    throw new EssayParseError(
      'NO_SENTENCES',
      'No sentences were found in this file: it holds only headings, a by-line, a trailer or punctuation. ' +
        'Upload a file with the body of the essay, one paragraph per line or separated by blank lines.',
    );
  }
  return {
    authorName: read.authorName,
    canonicalText,
    sections,
    metadata,
    suggestedTitle: read.title ?? suggestTitle(sections),
    layout,
  };
}
