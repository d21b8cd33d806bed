import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { cleanByline, parseEssayBlocks, readHtml, stripSiteName } from '@/lib/domain/essay';

const bodyOf = (html: string) => new JSDOM(`<!doctype html><body>${html}</body>`).window.document.body;
const read = (html: string, options: { title?: string; byline?: string } = {}) =>
  readHtml(bodyOf(html), { title: options.title ?? null, byline: options.byline ?? null });
const lines = (html: string, options?: { title?: string; byline?: string }) =>
  read(html, options).blocks.map((block) => (block.kind === 'heading' ? `# ${block.title}` : block.line));

describe('readHtml: HTML into the blocks the essay parser lays out', () => {
  it.each([
    ['paragraphs, one block each', '<p>One.</p><p>Two.</p>', ['One.', 'Two.']],
    [
      'headings of every level as sections, colon dropped from the title',
      '<h2>Why:</h2><p>A.</p><h4>How</h4><p>B.</p>',
      ['# Why', 'A.', '# How', 'B.'],
    ],
    [
      'inline markup flattened to its words',
      '<p>It is <em>not</em> <a href="/x">cheap</a>, <strong>really</strong>.</p>',
      ['It is not cheap, really.'],
    ],
    ['white space collapsed as a browser shows it', '<p>  Spread\n   over\tlines.  </p>', ['Spread over lines.']],
    [
      'each list item its own paragraph, nested lists too',
      '<ul><li>First.<ul><li>Inner.</li></ul></li><li>Second.</li></ul>',
      ['First.', 'Inner.', 'Second.'],
    ],
    ['<br> ends a line', '<p>Line one.<br>Line two.</p>', ['Line one.', 'Line two.']],
    [
      'text straight inside a div, between blocks',
      '<div>Loose text.<p>Inside.</p>More loose.</div>',
      ['Loose text.', 'Inside.', 'More loose.'],
    ],
    [
      'navigation, asides, forms, captions, images and scripts skipped',
      '<nav>Home</nav><p>Body.</p><aside>Popular</aside><figure><img alt="x"><figcaption>Photo: AP</figcaption></figure><form><button>Go</button></form><script>x()</script>',
      ['Body.'],
    ],
    ['hidden elements skipped', '<p hidden>Secret.</p><p>Seen.</p>', ['Seen.']],
    [
      'a pull quote that repeats the body dropped',
      '<p>Water is never cheap. Pipes cost money.</p><blockquote><p>“Water is never cheap.”</p></blockquote><p>End.</p>',
      ['Water is never cheap. Pipes cost money.', 'End.'],
    ],
    [
      'a real quotation kept',
      '<p>She said this.</p><blockquote><p>Peace is a practice.</p></blockquote>',
      ['She said this.', 'Peace is a practice.'],
    ],
    ['table cells as paragraphs', '<table><tr><td>Cell one.</td><td>Cell two.</td></tr></table>', ['Cell one.', 'Cell two.']],
    [
      'a short paragraph wholly in bold as a heading (the colon dropped from its title)',
      '<p>Lead.</p><p><strong>A Glimpse at the Past:</strong></p><p>Body.</p><p><b>Current   Scenario</b></p><p>More.</p>',
      ['Lead.', '# A Glimpse at the Past', 'Body.', '# Current Scenario', 'More.'],
    ],
    [
      'bold that is not a heading: a full sentence, part of a line, a list item',
      '<p><strong>This is a whole sentence.</strong></p><p><strong>Note:</strong> only the label is bold.</p><ul><li><b>Short item</b></li></ul>',
      ['This is a whole sentence.', 'Note: only the label is bold.', 'Short item'],
    ],
    ['preformatted text line by line', '<pre>first line\nsecond line</pre>', ['first line', 'second line']],
  ])('%s', (_what, html, expected) => {
    expect(lines(html)).toEqual(expected);
  });

  it('drops an opening heading that repeats the title, and keeps a later one', () => {
    expect(lines('<h1>Cheap  Water</h1><p>Body.</p><h2>Cheap Water</h2><p>More.</p>', { title: 'Cheap Water' })).toEqual([
      'Body.',
      '# Cheap Water',
      'More.',
    ]);
  });

  it('takes the page’s by-line without "By", else a first paragraph that is one', () => {
    expect(read('<p>Body one.</p><p>Body two.</p>', { byline: 'By Meera Raghunathan' }).authorName).toBe('Meera Raghunathan');
    const fromText = read('<p>By Jane Doe</p><p>Body one.</p>');
    expect(fromText.authorName).toBe('Jane Doe');
    expect(fromText.blocks).toEqual([{ kind: 'paragraph', line: 'Body one.' }]);
    expect(read('<p>Peace is hard to keep.</p><p>Body.</p>').authorName).toBeNull();
    // A by-line set in bold opens the piece: still the author, not a section.
    expect(read('<p><strong>Tashvi Chawla</strong></p><p>Body one.</p>')).toMatchObject({
      authorName: 'Tashvi Chawla',
      blocks: [{ kind: 'paragraph', line: 'Body one.' }],
    });
  });

  it('feeds the shared parser: sections, claims and the trailer', () => {
    const essay = parseEssayBlocks(
      read(
        '<p>Lead claim. Second claim.</p><h2>Part</h2><p>Third claim.</p><p><strong>About the author:</strong> A writer.</p><p><em>Disclaimer: Views are hers.</em></p>',
      ),
    );
    expect(essay.sections.map((section) => [section.title, section.claims.map((claim) => claim.text)])).toEqual([
      [null, ['Lead claim.', 'Second claim.']],
      ['Part', ['Third claim.']],
    ]);
    expect(essay.metadata.about).toBe('A writer.');
    expect(essay.metadata.disclaimer).toBe('Views are hers.');
    for (const claim of essay.sections.flatMap((section) => section.claims)) {
      expect(essay.canonicalText.slice(claim.start, claim.end)).toBe(claim.text);
    }
  });
});

describe('cleanByline', () => {
  it.each([
    ['By Jane Doe', 'Jane Doe'],
    ['by  Jane   Doe', 'Jane Doe'],
    ['Jane Doe | October 4, 2026', 'Jane Doe'],
    ['Jane Doe · 5 min read', 'Jane Doe'],
    ['Jane Doe,', 'Jane Doe'],
    ['   ', null],
    ['x'.repeat(200), null],
  ])('%j → %j', (byline, expected) => {
    expect(cleanByline(byline)).toBe(expected);
  });
});

describe('stripSiteName', () => {
  it.each([
    [
      'So Many Alliances, So Little Peace - IMPRI Impact and Policy Research Institute',
      'IMPRI Impact and Policy Research Institute',
      'So Many Alliances, So Little Peace',
    ],
    ['Cheap Water – The Civic Ledger', 'The Civic Ledger', 'Cheap Water'],
    ['The Civic Ledger | Cheap Water', 'the civic ledger', 'Cheap Water'],
    ['Cheap Water (A.B.C.) | A.B.C.', 'A.B.C.', 'Cheap Water (A.B.C.)'],
    ['Cheap Water', 'The Civic Ledger', 'Cheap Water'],
    ['The Civic Ledger', 'The Civic Ledger', 'The Civic Ledger'],
    ['Ledger-backed water - notes', 'Ledger', 'Ledger-backed water - notes'],
    ['Cheap Water - The Civic Ledger', null, 'Cheap Water - The Civic Ledger'],
  ])('%j without %j → %j', (title, siteName, expected) => {
    expect(stripSiteName(title, siteName)).toBe(expected);
  });
});
