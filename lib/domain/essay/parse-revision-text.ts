import { assembleSections } from './assemble-sections';
import { EssayParseError } from './essay-parse-error';
import { normalizeInput } from './normalize-input';
import { readHeadingTitle } from './read-plain-text';
import type { TEssayBlock, TParsedSection } from './types';

/**
 * Parses the canonical text of a new revision (what `parseEssay` produced, then edited): one
 * paragraph or "Heading:" per line, with no by-line or trailer to detect — the essay already has
 * those. The result's `canonicalText` is the text as stored, so offsets point into it. Lines in
 * `headingLines` are headings too (a Markdown essay's headings, which end in no colon).
 *
 * @example parseRevisionText('Peace is hard.\nWhy:\nBecause.').sections.map((s) => s.title) // [null, 'Why']
 */
export function parseRevisionText(
  input: string,
  options: { headingLines?: ReadonlySet<string> } = {},
): { canonicalText: string; sections: TParsedSection[] } {
  // The layout of a revision is carried over from the one before (carryLayout), not re-read here.
  // A Markdown heading's line has no colon to know it by: the caller names the lines that were headings.
  const lines = normalizeInput(input)
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');
  const blocks: TEssayBlock[] = lines.map((line) => {
    const title = readHeadingTitle(line) ?? (options.headingLines?.has(line) ? line.replace(/\s*:$/, '') : null);
    return title === null ? { kind: 'paragraph', line } : { kind: 'heading', line, title };
  });
  const { canonicalText, sections } = assembleSections(blocks);
  if (!sections.some((section) => section.claims.length > 0)) {
    throw new EssayParseError('NO_SENTENCES', 'The revised text has no sentences left: an essay needs at least one claim.');
  }
  return { canonicalText, sections };
}
