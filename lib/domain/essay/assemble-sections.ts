import { splitSentences } from './split-sentences';
import type { TEssayBlock, TParsedSection } from './types';

/**
 * Lays the blocks out as the canonical text (one line each, joined by "\n") and cuts sections
 * and claims out of it, so every offset is computed once, from the very string that is stored.
 * A heading opens a section; paragraphs before the first heading form the untitled lead
 * section, which exists only when there are such paragraphs. Claim `order` runs across the essay.
 *
 * @example
 * assembleSections([{ kind: 'paragraph', line: 'Hi. Bye.' }]).sections[0]?.claims.length // 2
 */
export function assembleSections(blocks: TEssayBlock[]): { canonicalText: string; sections: TParsedSection[] } {
  const sections: TParsedSection[] = [];
  let offset = 0;
  let claimOrder = 0;

  for (const block of blocks) {
    const start = offset;
    const end = start + block.line.length;
    offset = end + 1; // the "\n" between lines

    if (block.kind === 'heading') {
      sections.push({ order: sections.length, title: block.title, start, end, claims: [] });
      continue;
    }
    let section = sections.at(-1);
    if (!section) {
      section = { order: 0, title: null, start, end, claims: [] };
      sections.push(section);
    }
    section.end = end;
    for (const span of splitSentences(block.line, start)) {
      section.claims.push({ order: claimOrder, ...span });
      claimOrder += 1;
    }
  }
  return { canonicalText: blocks.map((block) => block.line).join('\n'), sections };
}
