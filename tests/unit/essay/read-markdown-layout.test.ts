import { describe, expect, it } from 'vitest';
import { parseEssay, type TEssayLayout } from '@/lib/domain/essay';

// Markdown structure beside the plain canonical text (issue 12): each case is a source and what a
// reader should get — the words as text, the structure as the layout's blocks, marks and footnotes.
const read = (markdown: string) => {
  const essay = parseEssay(markdown, { format: 'markdown' });
  const at = (span: { start: number; end: number }) => essay.canonicalText.slice(span.start, span.end);
  return { essay, layout: essay.layout as TEssayLayout, at };
};

describe('Markdown lists', () => {
  it.each([
    {
      name: 'a bulleted list: one list, items numbered in order, not ordered',
      source: '# T\n\nIntro here.\n\n- First point.\n- Second point.\n',
      items: [
        { text: 'First point.', ordered: false, number: 1, depth: 0 },
        { text: 'Second point.', ordered: false, number: 2, depth: 0 },
      ],
    },
    {
      name: 'a numbered list keeps its starting number',
      source: '# T\n\nIntro here.\n\n3. Third.\n4. Fourth.\n',
      items: [
        { text: 'Third.', ordered: true, number: 3, depth: 0 },
        { text: 'Fourth.', ordered: true, number: 4, depth: 0 },
      ],
    },
    {
      name: 'a nested list is one level deeper, in the same list',
      source: '# T\n\nIntro here.\n\n- Outer.\n  - Inner.\n- Outer again.\n',
      items: [
        { text: 'Outer.', ordered: false, number: 1, depth: 0 },
        { text: 'Inner.', ordered: false, number: 1, depth: 1 },
        { text: 'Outer again.', ordered: false, number: 2, depth: 0 },
      ],
    },
  ])('$name', ({ source, items }) => {
    const { layout, at } = read(source);
    const listItems = layout.blocks.filter((b) => b.kind === 'list-item');
    expect(listItems.map((b) => ({ text: at(b), ordered: b.ordered, number: b.number, depth: b.depth }))).toEqual(items);
    expect(new Set(listItems.map((b) => b.group)).size).toBe(1);
  });

  it('puts two lists apart in two groups', () => {
    const { layout } = read('# T\n\n- A one.\n\nBetween them.\n\n- B one.\n');
    const groups = layout.blocks.filter((b) => b.kind === 'list-item').map((b) => b.group);
    expect(groups[0]).not.toBe(groups[1]);
  });
});

describe('Markdown quotations', () => {
  it('marks each quoted paragraph as a quote of one group, and the text after it as a paragraph', () => {
    const { layout, at } = read('# T\n\nBefore.\n\n> First quoted.\n>\n> Second quoted.\n\nAfter.\n');
    expect(layout.blocks.map((b) => [b.kind, at(b)])).toEqual([
      ['paragraph', 'Before.'],
      ['quote', 'First quoted.'],
      ['quote', 'Second quoted.'],
      ['paragraph', 'After.'],
    ]);
    expect(layout.blocks[1]!.group).toBe(layout.blocks[2]!.group);
  });
});

describe('Markdown links and emphasis', () => {
  it.each([
    { name: 'an https link', source: 'Read [the treaty](https://example.org/t) now.', words: 'the treaty', href: 'https://example.org/t' },
    { name: 'a mail link', source: 'Write [to us](mailto:a@example.org) today.', words: 'to us', href: 'mailto:a@example.org' },
  ])('$name keeps its words in the text and its address as a mark', ({ source, words, href }) => {
    const { essay, layout, at } = read(`# T\n\n${source}\n`);
    expect(essay.canonicalText).not.toContain('](');
    const link = layout.marks.find((m) => m.kind === 'link');
    expect(link && at(link)).toBe(words);
    expect(link).toMatchObject({ href });
  });

  it.each([
    { name: 'a javascript: address', source: 'Click [here](javascript:alert(1)) please.' },
    { name: 'a relative address', source: 'See [the page](/about) please.' },
    { name: 'a data: address', source: 'See [this](data:text/html,hi) please.' },
  ])('$name keeps its words but is no link', ({ source }) => {
    const { essay, layout } = read(`# T\n\n${source}\n`);
    expect(essay.canonicalText).toMatch(/^(Click here|See the page|See this) please\.$/);
    expect(layout?.marks.filter((m) => m.kind === 'link') ?? []).toEqual([]);
  });

  it('marks emphasis, strong and code over exactly their words', () => {
    const { essay, layout, at } = read('# T\n\nSome *soft* and **hard** and `coded` words.\n');
    expect(essay.canonicalText).toBe('Some soft and hard and coded words.');
    expect(layout.marks.map((m) => [m.kind, at(m)])).toEqual([
      ['emphasis', 'soft'],
      ['strong', 'hard'],
      ['code', 'coded'],
    ]);
  });
});

describe('Markdown footnotes', () => {
  const source = [
    '# T',
    '',
    'The hotline was set up in 1963.[^line] Talks followed.[^2]',
    '',
    '[^line]: Signed in Geneva; see [the text](https://example.org/mou).',
    '[^2]: A second note.',
    '[^unused]: Never referred to.',
  ].join('\n');
  const { essay, layout, at } = read(source);

  it('leaves the definitions out of the text and out of the claims', () => {
    expect(essay.canonicalText).toBe('The hotline was set up in 1963. Talks followed.');
    expect(essay.sections.flatMap((s) => s.claims).map((c) => c.text)).toEqual(['The hotline was set up in 1963.', 'Talks followed.']);
  });

  it('records each reference just after the words it follows, numbered in order of reference', () => {
    expect(layout.footnoteRefs.map((r) => [r.number, essay.canonicalText.slice(0, r.at).split(' ').at(-1)])).toEqual([
      [1, '1963.'],
      [2, 'followed.'],
    ]);
  });

  it('keeps the footnotes that are referred to, with their own links', () => {
    expect(layout.footnotes.map((f) => [f.number, f.label, f.text])).toEqual([
      [1, 'line', 'Signed in Geneva; see the text.'],
      [2, '2', 'A second note.'],
    ]);
    const link = layout.footnotes[0]!.marks[0]!;
    expect([layout.footnotes[0]!.text.slice(link.start, link.end), link.kind === 'link' && link.href]).toEqual([
      'the text',
      'https://example.org/mou',
    ]);
    expect(at({ start: 0, end: 3 })).toBe('The');
  });
});

describe('Markdown with no structure beyond paragraphs and headings', () => {
  it('has no layout, like a plain-text essay', () => {
    expect(parseEssay('# T\n\n## Part\n\nJust prose. Nothing else.\n', { format: 'markdown' }).layout).toBeNull();
  });

  it('keeps every claim at its exact offsets whatever the structure', () => {
    const { essay } = read('# T\n\n> *Quoted* words. More.\n\n1. [Linked](https://x.org) item.[^a]\n\n[^a]: Note.\n');
    for (const claim of essay.sections.flatMap((s) => s.claims)) expect(essay.canonicalText.slice(claim.start, claim.end)).toBe(claim.text);
  });
});
