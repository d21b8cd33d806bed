import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { WebAnnotationImportError, fromHypothesisRow } from '@/lib/domain/web-annotation';
import { ZHypothesisResponse, ZHypothesisRow } from '@/lib/schemas/web-annotation';

// A Hypothesis search API response for the demo essay as published on the web (positions count
// the whole web page, so they do not fit Counterpoint's text: the quotes decide).
const response = ZHypothesisResponse.parse(JSON.parse(readFileSync('tests/fixtures/web-annotation/hypothesis-search.json', 'utf8')));
const rows = response.rows.map((row) => ZHypothesisRow.parse(row));
const row = (n: number) => rows[n]!;

describe('fromHypothesisRow', () => {
  it.each([
    {
      name: 'a comment with tags: text is the body, the quote and position come from its target, DOM selectors are ignored',
      n: 0,
      expected: {
        sourceId: 'Hq7mK2TfEe-aB1cDeFgHiA',
        parentSourceId: null,
        motivation: 'COMMENTING',
        body: 'Is it **collapsing**, or was it never there? See the 2024 Pew survey.',
        tags: ['trust', 'evidence'],
        visibility: 'COHORT',
        quote: {
          exact: 'Trust among states is collapsing.',
          prefix: 's Ukraine, Gaza, Yemen, Sudan and beyond. ',
          suffix: ' Insecurity is spreading faster',
        },
        position: { start: 2903, end: 2936 },
        created: '2025-11-03T09:12:44.512Z',
      },
    },
    {
      name: 'a reply: parent is the only reference',
      n: 1,
      expected: { motivation: 'REPLYING', parentSourceId: 'Hq7mK2TfEe-aB1cDeFgHiA', quote: null, position: null },
    },
    {
      name: 'a nested reply: parent is the last reference',
      n: 2,
      expected: { motivation: 'REPLYING', parentSourceId: 'Jr8nL3UgEe-bC2dEfGhIjB' },
    },
    { name: 'tags and no text: tagging', n: 3, expected: { motivation: 'TAGGING', body: '', tags: ['minilaterals', 'acronyms'] } },
    { name: 'neither text nor tags: a highlight, quote only', n: 4, expected: { motivation: 'HIGHLIGHTING', position: null } },
    { name: 'readable by its author only: private', n: 5, expected: { visibility: 'PRIVATE', motivation: 'COMMENTING' } },
  ])('$name', ({ n, expected }) => {
    expect(fromHypothesisRow(row(n), n + 1)).toMatchObject({ index: n + 1, isWithheld: false, ...expected });
  });

  it('trims tags and drops empty and repeated ones', () => {
    expect(fromHypothesisRow({ ...row(3), tags: [' war ', 'war', '  ', 'peace'] }, 1).tags).toEqual(['war', 'peace']);
  });

  it('refuses a page note (no selector): there is no passage to anchor', () => {
    expect(() => fromHypothesisRow({ ...row(0), target: [{ source: 'https://example.org/' }] }, 1)).toThrow(WebAnnotationImportError);
    expect(() => fromHypothesisRow({ ...row(0), target: [{ source: 'https://example.org/' }] }, 1)).toThrow(/whole document/);
  });
});
