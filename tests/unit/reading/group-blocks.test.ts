import { describe, expect, it } from 'vitest';
import { parseEssay } from '@/lib/domain/essay';
import { footnoteRefsByClaim, groupBlocks } from '@/lib/domain/reading/group-blocks';

// What the reader draws for each run of lines: checked on essays parsed from Markdown, by the
// words a reader would see in each paragraph, list item and quotation.
function drawn(markdown: string) {
  const essay = parseEssay(markdown, { format: 'markdown' });
  const claims = essay.sections.flatMap((s) => s.claims.map((c) => ({ ...c, id: `c${c.order}` })));
  const words = (cs: { text: string }[]) => cs.map((c) => c.text).join(' ');
  const groups = groupBlocks(essay.canonicalText, claims, essay.layout).map((g) =>
    g.kind === 'list'
      ? { list: g.ordered ? 'ol' : 'ul', items: g.items.map((i) => [i.number, i.depth, words(i.claims)]) }
      : g.kind === 'quote'
        ? { quote: g.paragraphs.map(words) }
        : { p: words(g.claims) },
  );
  return { essay, claims, groups };
}

describe('groupBlocks', () => {
  it.each([
    { name: 'plain paragraphs stay paragraphs', source: '# T\n\nOne. Two.\n\nThree.\n', groups: [{ p: 'One. Two.' }, { p: 'Three.' }] },
    {
      name: 'a list between paragraphs is one list of its items',
      source: '# T\n\nBefore.\n\n- A one.\n- B two.\n\nAfter.\n',
      groups: [
        { p: 'Before.' },
        {
          list: 'ul',
          items: [
            [1, 0, 'A one.'],
            [2, 0, 'B two.'],
          ],
        },
        { p: 'After.' },
      ],
    },
    {
      name: 'a numbered list keeps its numbers, a nested item its depth',
      source: '# T\n\n2. Two.\n   - Sub.\n3. Three.\n',
      groups: [
        {
          list: 'ol',
          items: [
            [2, 0, 'Two.'],
            [1, 1, 'Sub.'],
            [3, 0, 'Three.'],
          ],
        },
      ],
    },
    {
      name: 'two lists in a row are two lists',
      source: '# T\n\n- A.\n\n1. B.\n',
      groups: [
        { list: 'ul', items: [[1, 0, 'A.']] },
        { list: 'ol', items: [[1, 0, 'B.']] },
      ],
    },
    {
      name: 'a quotation of two paragraphs is one quotation',
      source: '# T\n\n> Q one.\n>\n> Q two.\n\nAfter.\n',
      groups: [{ quote: ['Q one.', 'Q two.'] }, { p: 'After.' }],
    },
  ])('$name', ({ source, groups }) => {
    expect(drawn(source).groups).toEqual(groups);
  });

  it('without a layout, every line is a paragraph', () => {
    expect(
      groupBlocks(
        'A.\nB.',
        [
          { start: 0, end: 2 },
          { start: 3, end: 5 },
        ],
        null,
      ),
    ).toEqual([
      { kind: 'paragraph', claims: [{ start: 0, end: 2 }] },
      { kind: 'paragraph', claims: [{ start: 3, end: 5 }] },
    ]);
  });
});

describe('footnoteRefsByClaim', () => {
  it('puts each reference after the claim it follows', () => {
    const { essay, claims } = drawn('# T\n\nFirst claim.[^a] Second claim. Third.[^b]\n\n[^a]: A.\n[^b]: B.\n');
    const byClaim = footnoteRefsByClaim(claims, essay.layout!.footnoteRefs);
    expect([...byClaim].map(([id, refs]) => [claims.find((c) => c.id === id)!.text, refs.map((r) => r.number)])).toEqual([
      ['First claim.', [1]],
      ['Third.', [2]],
    ]);
  });
});
