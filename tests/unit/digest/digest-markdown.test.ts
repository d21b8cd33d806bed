// The digest's Markdown download, on plain data: the whole document of a small digest written out
// by hand, each way the opinion section can read, and people's words staying words (checked by
// rendering the output with markdown-it, the app's own Markdown library).
import MarkdownIt from 'markdown-it';
import { describe, expect, it } from 'vitest';
import { diffLine, digestToMarkdown } from '@/lib/domain/digest/digest-markdown';
import { inlineText, quoteBlock, wordOf } from '@/lib/domain/digest/markdown-text';
import type { TDigest, TDigestOpinion } from '@/lib/domain/digest/types';
import { SMALL_DIGEST } from './small-digest';

const EXPECTED = `# Debate digest: On Alliances

by Ada Author · cohort Fellows 2.0 · revision 2 · generated 2026-12-05

## Participation

The cohort has 8 members.

| took part by | people |
| --- | --- |
| reading the essay | 3 of 8 (38 %) |
| writing notes or replies | 2 of 8 (25 %) |
| rating claims | 6 of 8 (75 %) |
| arguing | 3 of 8 (38 %) |

2 notes, 1 reply, 4 arguments and 30 ratings.

## Opinion groups, cruxes and common ground

As of 2026-12-04. 6 of 6 members who rated fall into groups A (3 members), B (3 members).

### Cruxes

**Claim 1:** “Alliances deter war.” — group A leans to agree, group B to disagree (spread 1.20 of 2).

| group | Strongly disagree | Disagree | Neither | Agree | Strongly agree |
| --- | --- | --- | --- | --- | --- |
| A | 0 | 0 | 0 | 1 | 2 |
| B | 2 | 1 | 0 | 0 | 0 |

### Common ground

**Claim 3:** “Peace needs trust and patience.” — every group leans to agree (consensus 64 %).

| group | Strongly disagree | Disagree | Neither | Agree | Strongly agree |
| --- | --- | --- | --- | --- | --- |
| A | 0 | 0 | 0 | 2 | 1 |
| B | 0 | 0 | 1 | 1 | 1 |

## The most impactful arguments

### For the essay’s claims (2 arguments)

1. Those wars would have come anyway. — Kestrel, on claim 1, “Alliances deter war.”; impact 4.0 of 4 from 1 vote

### Against the essay’s claims (2 arguments)

None has impact votes yet.

## The author’s concessions and revisions

Answers by status: Conceded 1, Revised 1.

### Conceded on 2026-12-01 (critic’s verdict: Open)

> Fair: some did.

In answer to an argument by Bo:

> Alliances drag members into war.

### Revised on 2026-12-02 (critic’s verdict: Reopened)

> Reworded.
>
> Thanks for asking.

In answer to a question by Bo:

> Is trust enough?

Revision 2 (~~struck~~: removed, **bold**: added):

- Peace needs trust **and patience**.

## Open critiques (1)

Still waiting for the author, oldest first:

- Note by Bo, 2026-11-30 (on “Peace needs trust.”): Is trust enough?

## Moderation

Actions: Hide 2.

Flags: Actioned 1, Open 1.

Hidden now: 1 note and 1 argument; their words are not part of the digest.
`;

const withOpinion = (opinion: TDigestOpinion): TDigest => ({ ...SMALL_DIGEST, opinion });
const section = (markdown: string, title: string) => markdown.split('\n## ').find((part) => part.startsWith(title)) ?? '';

describe('digestToMarkdown', () => {
  it('writes the small digest as one document, section by section', () => {
    expect(digestToMarkdown(SMALL_DIGEST)).toBe(EXPECTED);
  });

  it.each<[string, TDigestOpinion, string]>([
    [
      'withheld from a viewer who rated too few claims',
      { status: 'withheld', needed: 7, rated: 2 },
      'Withheld: these are computed from others’ ratings. Rate at least 7 of the essay’s claims to see them (you have rated 2).',
    ],
    ['not computed yet', { status: 'pending' }, 'Not computed yet: there are no ratings to group, or the first grouping is on its way.'],
    [
      'computed, but no groups of three formed',
      {
        status: 'shown',
        computedAt: '2026-12-04T20:00:00.000Z',
        isStale: true,
        raters: 4,
        grouped: 0,
        groups: [],
        cruxes: [],
        commonGround: [],
      },
      'As of 2026-12-04 (ratings have changed since; a new grouping is on its way). 4 members rated; no opinion groups of 3 or more formed.',
    ],
  ])('says so when the opinion groups are %s', (_, opinion, sentence) => {
    const part = section(digestToMarkdown(withOpinion(opinion)), 'Opinion groups');
    expect(part).toBe(`Opinion groups, cruxes and common ground\n\n${sentence}\n`);
  });

  it.each([
    ['no answers, no open critiques, no moderation', 'The author’s concessions', 'The author has not answered any critique yet.'],
    ['no answers, no open critiques, no moderation', 'Open critiques', 'Every critique has an answer.'],
    ['no answers, no open critiques, no moderation', 'Moderation', 'Actions: none.'],
  ])('writes an empty discussion plainly (%s): %s', (_, title, sentence) => {
    const empty: TDigest = {
      ...SMALL_DIGEST,
      responses: { byStatus: [], concessionsAndRevisions: [] },
      openCritiques: { total: 0, oldest: [] },
      moderation: { actions: [], flags: [], hiddenNotes: 0, hiddenArguments: 0 },
    };
    expect(section(digestToMarkdown(empty), title)).toContain(sentence);
  });

  it('counts a public essay without a whole to compare with', () => {
    const open: TDigest = {
      ...SMALL_DIGEST,
      essay: { ...SMALL_DIGEST.essay, cohortName: null },
      participation: { ...SMALL_DIGEST.participation, members: null },
    };
    const markdown = digestToMarkdown(open);
    expect(markdown).toContain('by Ada Author · public essay · revision 2');
    expect(section(markdown, 'Participation')).toContain('A public essay: everyone who took part is counted.');
    expect(section(markdown, 'Participation')).toContain('| reading the essay | 3 |');
  });

  it("keeps people's words as words: no heading, link, image, HTML, emphasis or table cell comes from them", () => {
    const hostile = '# Win\n[click](javascript:alert(1)) ![x](http://t/x.png) <script>x()</script> *loud* | cell |';
    const digest: TDigest = {
      ...SMALL_DIGEST,
      essay: { ...SMALL_DIGEST.essay, title: hostile, authorName: '**Ada**' },
      arguments: [
        { ...SMALL_DIGEST.arguments[0]!, top: [{ ...SMALL_DIGEST.arguments[0]!.top[0]!, text: hostile, author: '[Kes](http://x)' }] },
      ],
      openCritiques: { total: 1, oldest: [{ ...SMALL_DIGEST.openCritiques.oldest[0]!, text: `1. ${hostile}`, context: '> quoted' }] },
    };
    const html = new MarkdownIt({ html: true, linkify: false }).render(digestToMarkdown(digest));
    expect(html).not.toMatch(/<a |<img |<script|<em>loud|<strong>Ada|<h1>Win/);
    // The tables the digest writes are still tables, with the columns it gave them.
    expect(html.match(/<table>/g)).toHaveLength(3);
    expect(html).toContain('# Win');
    expect(html).toContain('&lt;script&gt;');
  });
});

describe('the Markdown of people’s words', () => {
  it.each([
    ['a heading', '# Win', '\\# Win'],
    ['a link', '[a](b)', '\\[a\\](b)'],
    ['an image', '![a](b)', '!\\[a\\](b)'],
    ['a name with a parenthesis', 'Heron (Quill)', 'Heron (Quill)'],
    ['HTML', '<b>x</b>', '\\<b\\>x\\</b\\>'],
    ['emphasis and code', '*a* _b_ `c`', '\\*a\\* \\_b\\_ \\`c\\`'],
    ['a numbered list', '1. First', '1\\. First'],
    ['a bullet', '- item', '\\- item'],
    ['a plus bullet', '+ item', '\\+ item'],
    ['a table cell', 'a | b', 'a \\| b'],
    ['an entity', '&amp;', '\\&amp;'],
    ['line breaks', '  one\n\n two  ', 'one two'],
  ])('escapes %s', (_, text, expected) => {
    expect(inlineText(text)).toBe(expected);
  });

  it.each([
    ['one line', 'Fair.', '> Fair.'],
    ['paragraphs', 'One.\n\nTwo *b*.', '> One.\n>\n> Two \\*b\\*.'],
    ['a line that would start a list', 'Yes:\n- no', '> Yes:\n> \\- no'],
  ])('quotes %s', (_, text, expected) => {
    expect(quoteBlock(text)).toBe(expected);
  });

  it.each([
    ['CONCEDED', 'Conceded'],
    ['MARK_DUPLICATE', 'Mark duplicate'],
  ])('says %s as %s', (code, word) => {
    expect(wordOf(code)).toBe(word);
  });
});

describe('diffLine', () => {
  it.each([
    [
      'a word replaced',
      [
        { kind: 'same', text: 'War is ' },
        { kind: 'removed', text: 'bad' },
        { kind: 'added', text: 'terrible' },
        { kind: 'same', text: '.' },
      ],
      'War is ~~bad~~ **terrible**.',
    ],
    [
      'words added after a space',
      [
        { kind: 'same', text: 'Peace needs trust' },
        { kind: 'added', text: ' and patience' },
        { kind: 'same', text: '.' },
      ],
      'Peace needs trust **and patience**.',
    ],
    [
      'the first words removed',
      [
        { kind: 'removed', text: 'Sadly, ' },
        { kind: 'same', text: 'war is bad.' },
      ],
      '~~Sadly,~~ war is bad.',
    ],
    [
      'markup inside the changed words',
      [
        { kind: 'same', text: '1. A ' },
        { kind: 'added', text: '*big*' },
        { kind: 'same', text: ' [deal]' },
      ],
      '1\\. A **\\*big\\*** \\[deal\\]',
    ],
  ] as const)('marks %s', (_, parts, expected) => {
    expect(diffLine([...parts])).toBe(expected);
  });
});
