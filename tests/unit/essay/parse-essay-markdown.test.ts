import { describe, expect, it } from 'vitest';
import { detectFormat, parseEssay } from '@/lib/domain/essay';

const markdown = [
  '# So Many Alliances, So Little Peace',
  '',
  '*By Tashvi Chawla*',
  '',
  'The world has never seen so many alliances.',
  'Yet peace is *scarce*.',
  '',
  '## A Glimpse at the Past',
  '',
  'NATO in 1949 embodied collective defence.',
  '',
  '> Alliances were barriers',
  '> against war.',
  '',
  '---',
  '',
  '### Current Scenario ###',
  '',
  '- AUKUS aims at China.',
  '- QUAD follows.',
  '',
  '# A Later H1 Is a Section',
  '',
  'See [the report](https://example.org/report). It agrees.',
  '',
  '**Disclaimer:** Views are the author’s own.',
].join('\n');

const essay = parseEssay(markdown, { format: 'markdown' });
const claimTexts = (index: number): string[] => essay.sections[index]?.claims.map((claim) => claim.text) ?? [];

describe('parseEssay on Markdown', () => {
  it('takes an H1 on the first line as the title, not as a section', () => {
    expect(essay.suggestedTitle).toBe('So Many Alliances, So Little Peace');
    expect(essay.canonicalText).not.toContain('So Many Alliances');
  });

  it('reads an emphasised by-line as the author', () => {
    expect(essay.authorName).toBe('Tashvi Chawla');
  });

  it('opens a section at every other heading, titled without the # marks', () => {
    expect(essay.sections.map((section) => section.title)).toEqual([
      null,
      'A Glimpse at the Past',
      'Current Scenario',
      'A Later H1 Is a Section',
    ]);
  });

  it('joins the lines of a paragraph with a space and keeps only the words of inline markup', () => {
    expect(essay.canonicalText.split('\n')[0]).toBe('The world has never seen so many alliances. Yet peace is scarce.');
    expect(claimTexts(0)).toEqual(['The world has never seen so many alliances.', 'Yet peace is scarce.']);
    expect(claimTexts(3)).toEqual(['See the report.', 'It agrees.']);
  });

  it('keeps what the markup was beside the text: emphasis and the link with its address', () => {
    const marked = (essay.layout?.marks ?? []).map((m) => ({ ...m, text: essay.canonicalText.slice(m.start, m.end) }));
    expect(marked).toEqual([
      expect.objectContaining({ kind: 'emphasis', text: 'scarce' }),
      expect.objectContaining({ kind: 'link', text: 'the report', href: 'https://example.org/report' }),
    ]);
  });

  it('drops blockquote and list markers, one paragraph per list item, and keeps them as the lines’ kinds', () => {
    expect(claimTexts(1)).toEqual(['NATO in 1949 embodied collective defence.', 'Alliances were barriers against war.']);
    expect(claimTexts(2)).toEqual(['AUKUS aims at China.', 'QUAD follows.']);
    const kinds = (essay.layout?.blocks ?? []).map((b) => [b.kind, essay.canonicalText.slice(b.start, b.end)]);
    expect(kinds).toContainEqual(['quote', 'Alliances were barriers against war.']);
    expect(kinds).toContainEqual(['list-item', 'AUKUS aims at China.']);
    expect(kinds).toContainEqual(['heading', 'Current Scenario']);
  });

  it('stores heading text (without # marks) as the heading line of the canonical text', () => {
    expect(essay.canonicalText.split('\n')).toContain('Current Scenario');
    for (const claim of essay.sections.flatMap((section) => section.claims)) {
      expect(essay.canonicalText.slice(claim.start, claim.end)).toBe(claim.text);
    }
  });

  it('treats an emphasised trailer label as the trailer', () => {
    expect(essay.metadata.disclaimer).toBe('Views are the author’s own.');
    expect(essay.canonicalText).not.toContain('Disclaimer');
  });

  it('without an H1, suggests a title from the text', () => {
    const untitled = parseEssay('## Why\n\nDeterrence fails quietly.\n');
    expect(untitled.suggestedTitle).toBe('Why');
    expect(untitled.sections.map((section) => section.title)).toEqual(['Why']);
  });
});

describe('detectFormat', () => {
  it.each([
    { text: '# Title\n\nBody.', format: 'markdown' },
    { text: 'Body.\n\n## Section\n\nMore.', format: 'markdown' },
    { text: 'A Glimpse at the Past:\nBody.', format: 'text' },
    { text: '#hashtag is not a heading.', format: 'text' },
    { text: 'Issue #12 # of them.', format: 'text' },
  ] as const)('reads $text as $format', ({ text, format }) => {
    expect(detectFormat(text)).toBe(format);
  });

  it('lets the caller force a format', () => {
    expect(detectFormat('# Title', 'text')).toBe('text');
    expect(parseEssay('# Not a heading here. Just text.', { format: 'text' }).sections[0]?.claims).toHaveLength(2);
  });
});
