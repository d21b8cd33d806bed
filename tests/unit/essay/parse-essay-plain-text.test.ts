import { describe, expect, it } from 'vitest';
import { parseEssay } from '@/lib/domain/essay';

const titlesOf = (text: string): (string | null)[] => parseEssay(text).sections.map((section) => section.title);
const claimsOf = (text: string): string[] => parseEssay(text).sections.flatMap((section) => section.claims.map((claim) => claim.text));

describe('parseEssay on plain text: headings', () => {
  it.each([
    { line: 'Current Scenario:', title: 'Current Scenario' },
    { line: 'The U.S. Position:', title: 'The U.S. Position' },
    { line: '  Peace Lost in Translation:  ', title: 'Peace Lost in Translation' },
    {
      line: 'One two three four five six seven eight nine ten eleven twelve:',
      title: 'One two three four five six seven eight nine ten eleven twelve',
    },
    { line: 'One two three four five six seven eight nine ten eleven twelve thirteen:', title: null },
    { line: 'Trust collapsed. Then came this:', title: null },
    { line: 'Why now?:', title: null },
    { line: 'the reasons are these:', title: null },
  ])('"$line" → $title', ({ line, title }) => {
    const titles = titlesOf(`Peace is hard.\n${line}\nWar is easy.`);
    expect(titles).toEqual(title === null ? [null] : [null, title]);
  });

  it('has no untitled section when the essay opens with a heading', () => {
    expect(titlesOf('Opening:\nPeace is hard.')).toEqual(['Opening']);
  });

  it('keeps an empty section for a heading followed directly by another', () => {
    const essay = parseEssay('First:\nSecond:\nPeace is hard.');
    expect(essay.sections.map((section) => [section.title, section.claims.length])).toEqual([
      ['First', 0],
      ['Second', 1],
    ]);
  });
});

describe('parseEssay on plain text: by-line', () => {
  it.each([
    { first: 'Tashvi Chawla', author: 'Tashvi Chawla' },
    { first: 'By Jane Q. Public', author: 'Jane Q. Public' },
    { first: 'Ludwig van Beethoven', author: 'Ludwig van Beethoven' },
    { first: 'Martin Luther King Jr.', author: 'Martin Luther King Jr.' },
    { first: 'The world is at war.', author: null },
    { first: 'Peace in our time', author: null },
    { first: 'Section 2 Results', author: null },
  ])('"$first" → $author', ({ first, author }) => {
    const essay = parseEssay(`${first}\nPeace is hard. War is easy.`);
    expect(essay.authorName).toBe(author);
    expect(essay.canonicalText.includes(first)).toBe(author === null);
  });

  it('does not take a one-line essay for a by-line', () => {
    expect(parseEssay('Peace Is Hard').authorName).toBeNull();
  });
});

describe('parseEssay on plain text: paragraphs', () => {
  it('treats each line of the op-ed form as a paragraph, and blank lines as separators', () => {
    const essay = parseEssay('Peace is hard.\n\n\nWar is easy.\nTrust is rare.\n');
    expect(essay.canonicalText).toBe('Peace is hard.\nWar is easy.\nTrust is rare.');
    expect(claimsOf('Peace is hard.\n\nWar is easy.')).toEqual(['Peace is hard.', 'War is easy.']);
  });

  it('re-joins hard-wrapped lines so sentences are not cut at line ends', () => {
    const wrapped = [
      'Alliances promise deterrence but',
      'deliver escalation. Each pact multiplies',
      'grudges.',
      '',
      'Trust among states is',
      'collapsing.',
    ].join('\n');
    expect(claimsOf(wrapped)).toEqual([
      'Alliances promise deterrence but deliver escalation.',
      'Each pact multiplies grudges.',
      'Trust among states is collapsing.',
    ]);
  });

  it('starts the trailer at its label even when the previous line ends without punctuation', () => {
    const essay = parseEssay('Peace is hard.\nRead more at IMPRI:\nA Link Title\nAcknowledgement: Posted by X.');
    expect(essay.metadata.readMore).toEqual({ heading: 'Read more at IMPRI', titles: ['A Link Title'] });
    expect(essay.metadata.acknowledgement).toBe('Posted by X.');
  });

  it.each([
    { text: 'Peace is hard.\nDisclaimers rarely help anyone.', claims: 2 },
    { text: 'Peace is hard.\nAbout the author of this plan, little is known.', claims: 2 },
    { text: 'Disclaimer: this opens the essay.\nPeace is hard.', claims: 2 },
    { text: 'Peace is hard.\nABOUT THE AUTHOR:\nJane writes.', claims: 1 },
  ])('only lines starting with a trailer label end the body: $text', ({ text, claims }) => {
    expect(claimsOf(text)).toHaveLength(claims);
  });

  it('reads a multi-line "About the author" block', () => {
    const essay = parseEssay('Peace is hard.\nAbout the author:\nJane writes.\nShe lives in Pune.');
    expect(essay.metadata.about).toBe('Jane writes.\nShe lives in Pune.');
  });
});

describe('parseEssay: suggested title', () => {
  it.each([
    { text: 'Peace is hard. War is easy.', title: 'Peace is hard' },
    { text: 'Is peace possible? Perhaps.', title: 'Is peace possible?' },
    {
      text: 'This first sentence is far too long to serve as any kind of working title for the essay. Then.\nPart One:\nBody.',
      title: 'Part One',
    },
    {
      text: 'This first sentence is far too long to serve as any kind of working title for the essay.',
      title: 'This first sentence is far too long to serve as…',
    },
  ])('$title', ({ text, title }) => {
    expect(parseEssay(text).suggestedTitle).toBe(title);
  });
});
