import { splitSentences } from './split-sentences';
import type { TEssayBlock, TEssayLayout, TFootnote, TParsedSection } from './types';

/**
 * Lays the blocks out as the canonical text (one line each, joined by "\n") and cuts sections
 * and claims out of it, so every offset is computed once, from the very string that is stored.
 * A heading opens a section; paragraphs before the first heading form the untitled lead
 * section, which exists only when there are such paragraphs. Claim `order` runs across the essay.
 * The layout (one block per line, marks and footnote references moved to text offsets) is null
 * when every line is a plain paragraph or heading and there is nothing else to draw.
 *
 * @example
 * assembleSections([{ kind: 'paragraph', line: 'Hi. Bye.' }]).sections[0]?.claims.length // 2
 */
export function assembleSections(
  blocks: TEssayBlock[],
  footnotes: TFootnote[] = [],
): { canonicalText: string; sections: TParsedSection[]; layout: TEssayLayout | null } {
  const sections: TParsedSection[] = [];
  const layout: TEssayLayout = { blocks: [], marks: [], footnoteRefs: [], footnotes };
  let offset = 0;
  let claimOrder = 0;

  for (const block of blocks) {
    const start = offset;
    const end = start + block.line.length;
    offset = end + 1; // the "\n" between lines

    if (block.kind === 'heading') {
      layout.blocks.push({ kind: 'heading', start, end });
      sections.push({ order: sections.length, title: block.title, start, end, claims: [] });
      continue;
    }
    layout.blocks.push({ ...(block.style ?? { kind: 'paragraph' }), start, end });
    for (const mark of block.marks ?? []) layout.marks.push({ ...mark, start: mark.start + start, end: mark.end + start });
    for (const ref of block.footnoteRefs ?? []) layout.footnoteRefs.push({ ...ref, at: ref.at + start });
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
  const isPlain =
    layout.marks.length === 0 &&
    layout.footnoteRefs.length === 0 &&
    footnotes.length === 0 &&
    layout.blocks.every((b) => b.kind === 'paragraph' || b.kind === 'heading');
  return { canonicalText: blocks.map((block) => block.line).join('\n'), sections, layout: isPlain ? null : layout };
}
