import { describe, expect, it } from 'vitest';
import { carryLayout, parseEssay, parseRevisionText } from '@/lib/domain/essay';
import { replaceClaimText } from '@/lib/domain/revision/replace-claim-text';

// A Markdown essay revised from the author's desk (one claim reworded): its structure follows.
const source = [
  '# T',
  '',
  'Opening claim here. See [the treaty](https://example.org/t) for more.[^1]',
  '',
  '- A listed point.',
  '- Another listed point.',
  '',
  '> A quoted line.',
  '',
  '[^1]: The note.',
].join('\n');
const essay = parseEssay(source, { format: 'markdown' });
const claims = essay.sections.flatMap((s) => s.claims);

function revise(claimIndex: number, wording: string) {
  const next = parseRevisionText(replaceClaimText(essay.canonicalText, claims[claimIndex]!, wording)).canonicalText;
  const layout = carryLayout(essay.canonicalText, next, essay.layout)!;
  const at = (span: { start: number; end: number }) => next.slice(span.start, span.end);
  return { next, layout, at };
}

describe('carryLayout', () => {
  it.each([
    { name: 'a claim before the list is reworded longer', index: 0, wording: 'The opening claim, reworded at length.' },
    { name: 'a list item is reworded shorter', index: 2, wording: 'A point.' },
    { name: 'the quoted line is reworded', index: 4, wording: 'A quoted line, reworded.' },
  ])('keeps each line’s kind when $name', ({ index, wording }) => {
    const { layout, at } = revise(index, wording);
    expect(layout.blocks.map((b) => b.kind)).toEqual(['paragraph', 'list-item', 'list-item', 'quote']);
    expect(layout.blocks.map((b) => at(b))).toEqual(revise(index, wording).next.split('\n'));
  });

  it('moves a link after the edit by the change in length, and keeps its words', () => {
    const { layout, at } = revise(0, 'The opening claim, reworded at length.');
    expect(layout.marks.map((m) => at(m))).toEqual(['the treaty']);
  });

  it('lets a link cover the new words when the edit replaced exactly its words', () => {
    const { layout, at } = revise(1, 'See the agreement for more.');
    expect(layout.marks.map((m) => at(m))).toEqual(['the agreement']);
  });

  it('drops a link the edit cuts into, and keeps the footnote reference after the claim', () => {
    const { layout, next } = revise(1, 'See the treatment of more.');
    expect(layout.marks).toEqual([]);
    expect(next.slice(0, layout.footnoteRefs[0]!.at).endsWith('of more.')).toBe(true);
    expect(layout.footnotes).toEqual(essay.layout!.footnotes);
  });

  it('has nothing to carry for an essay without a layout', () => {
    expect(carryLayout('A.', 'B.', null)).toBeNull();
  });
});
