import { describe, expect, it } from 'vitest';
import { describeRange } from '@/lib/domain/anchoring';
import {
  WebAnnotationImportError,
  fromWebAnnotation,
  irisFor,
  toAnnotationCollection,
  toAnnotationPage,
  toWebAnnotation,
  type TExportNote,
  type TW3cAnnotation,
} from '@/lib/domain/web-annotation';
import { ZExportPage, ZW3cAnnotationIn } from '@/lib/schemas/web-annotation';
import { validateAnnotation, validateCollection, validateDocument, validatePage } from '@/tests/fixtures/web-annotation/annotation-model';

const TEXT = 'The world has never seen so many alliances yet so little global 🕊️ peace. Trust among states is collapsing.';
const iris = irisFor('https://cp.example', 'alliances');

function noteOn(phrase: string, extra: Partial<TExportNote> = {}): TExportNote {
  const start = TEXT.indexOf(phrase);
  const { quote, position } = describeRange(TEXT, start, start + phrase.length);
  return {
    id: 'n1',
    parentId: null,
    motivation: 'QUESTIONING',
    body: 'Whose **peace**? Ünïcödé 🤔',
    tags: ['peace', 'trust'],
    visibility: 'COHORT',
    anchorStatus: 'ANCHORED',
    claimIds: ['c1'],
    author: { id: 'u1', name: 'Alice' },
    createdAt: new Date('2026-01-02T03:04:05.000Z'),
    editedAt: null,
    withheld: null,
    selectors: {
      quote: { exact: quote.exact, prefix: quote.prefix, suffix: quote.suffix },
      position: { start: position.start, end: position.end },
    },
    source: { number: 3, text: TEXT },
    ...extra,
  };
}

function roundTrip(annotation: TW3cAnnotation) {
  return fromWebAnnotation(ZW3cAnnotationIn.parse(JSON.parse(JSON.stringify(annotation))), 1);
}

describe('one note as a W3C Annotation', () => {
  it('maps a question on a quote after an emoji: code point positions, Markdown body, tags as tagging bodies, cp: fields outside W3C terms', () => {
    const annotation = toWebAnnotation(noteOn('peace. Trust'), iris);
    const start = TEXT.indexOf('peace. Trust');
    expect(annotation).toEqual({
      id: 'https://cp.example/essays/alliances#annotation-n1',
      type: 'Annotation',
      motivation: 'questioning',
      creator: { id: 'https://cp.example/users/u1', type: 'Person', name: 'Alice' },
      created: '2026-01-02T03:04:05.000Z',
      modified: '2026-01-02T03:04:05.000Z',
      body: [
        { type: 'TextualBody', value: 'Whose **peace**? Ünïcödé 🤔', format: 'text/markdown', purpose: 'questioning' },
        { type: 'TextualBody', value: 'peace', purpose: 'tagging' },
        { type: 'TextualBody', value: 'trust', purpose: 'tagging' },
      ],
      target: {
        type: 'SpecificResource',
        source: 'https://cp.example/essays/alliances/revisions/3',
        selector: [
          {
            type: 'TextQuoteSelector',
            exact: 'peace. Trust',
            prefix: 'iances yet so little global 🕊️ ',
            suffix: ' among states is collapsing.',
          },
          // 🕊 is two UTF-16 units but one code point: positions after it are one less.
          { type: 'TextPositionSelector', start: start - 1, end: start - 1 + 'peace. Trust'.length },
        ],
      },
      'cp:anchorStatus': 'anchored',
      'cp:claims': ['c1'],
      'cp:visibility': 'cohort',
    });
    expect(
      Array.from(TEXT)
        .slice(start - 1, start - 1 + 12)
        .join(''),
    ).toBe('peace. Trust');
    expect(validateAnnotation(annotation)).toEqual({ isValid: true, errors: [] });
  });

  it('reads back what it wrote: quote, code point position, body, tags, motivation, visibility', () => {
    const note = noteOn('🕊️ peace', { visibility: 'PRIVATE' });
    const back = roundTrip(toWebAnnotation(note, iris));
    const start = TEXT.indexOf('🕊️ peace');
    expect(back).toEqual({
      index: 1,
      sourceId: 'https://cp.example/essays/alliances#annotation-n1',
      parentSourceId: null,
      motivation: 'QUESTIONING',
      body: note.body,
      tags: ['peace', 'trust'],
      visibility: 'PRIVATE',
      isWithheld: false,
      quote: note.selectors!.quote,
      position: { start, end: start + 8 }, // "🕊️ peace" is 9 UTF-16 units, 8 code points
      created: '2026-01-02T03:04:05.000Z',
    });
  });

  it('a reply targets its parent IRI with motivation "replying"', () => {
    const reply = toWebAnnotation(
      noteOn('peace', { id: 'r1', parentId: 'n1', motivation: 'REPLYING', body: 'Everyone’s.', tags: [], selectors: null, source: null }),
      iris,
    );
    expect(reply).toMatchObject({
      motivation: 'replying',
      target: 'https://cp.example/essays/alliances#annotation-n1',
      body: [{ purpose: 'replying', value: 'Everyone’s.' }],
    });
    expect(reply).not.toHaveProperty('cp:anchorStatus');
    expect(roundTrip(reply)).toMatchObject({
      motivation: 'REPLYING',
      parentSourceId: 'https://cp.example/essays/alliances#annotation-n1',
      body: 'Everyone’s.',
      quote: null,
    });
    expect(validateAnnotation(reply).isValid).toBe(true);
  });

  it('a deleted note keeps its place but none of its words', () => {
    const deleted = toWebAnnotation(noteOn('peace', { withheld: 'deleted' }), iris);
    expect(deleted).not.toHaveProperty('body');
    expect(deleted['cp:withheld']).toBe('deleted');
    expect(JSON.stringify(deleted)).not.toContain('Whose');
    expect(roundTrip(deleted)).toMatchObject({ isWithheld: true, body: '', tags: [] });
    expect(validateAnnotation(deleted).isValid).toBe(true);
  });

  it('a bare highlight has no body at all, and an orphan no revision matches keeps only its quote', () => {
    const highlight = toWebAnnotation(
      noteOn('alliances', { motivation: 'HIGHLIGHTING', body: '', tags: [], anchorStatus: 'ORPHANED', source: null, claimIds: [] }),
      iris,
    );
    expect(highlight).not.toHaveProperty('body');
    expect(highlight.target).toEqual({
      type: 'SpecificResource',
      source: 'https://cp.example/essays/alliances',
      selector: [expect.objectContaining({ type: 'TextQuoteSelector', exact: 'alliances' })],
    });
    expect(roundTrip(highlight)).toMatchObject({ motivation: 'HIGHLIGHTING', position: null, quote: { exact: 'alliances' } });
    expect(validateAnnotation(highlight).isValid).toBe(true);
  });
});

describe('reading W3C annotations from other tools', () => {
  const base = { '@context': 'http://www.w3.org/ns/anno.jsonld', id: 'urn:uuid:1', type: 'Annotation' };
  const quote = { type: 'TextQuoteSelector', exact: 'little global' };
  const cases: { name: string; input: object; expected: object }[] = [
    {
      name: 'bodyValue and a compact-IRI motivation',
      input: { ...base, motivation: 'oa:commenting', bodyValue: 'Plain text.', target: { source: 'https://x.example', selector: quote } },
      expected: { motivation: 'COMMENTING', body: 'Plain text.' },
    },
    {
      name: 'no motivation, tags only',
      input: {
        ...base,
        body: { type: 'TextualBody', value: 'war', purpose: 'tagging' },
        target: [{ source: 'https://x.example', selector: [quote] }],
      },
      expected: { motivation: 'TAGGING', tags: ['war'], body: '' },
    },
    {
      name: 'an unknown motivation with words',
      input: { ...base, motivation: 'bookmarking', body: { value: 'Later.' }, target: { source: 's', selector: quote } },
      expected: { motivation: 'COMMENTING', body: 'Later.' },
    },
    {
      name: 'extra selectors beside the quote are ignored',
      input: {
        ...base,
        motivation: 'highlighting',
        target: { source: 's', selector: [{ type: 'RangeSelector' }, { type: 'TextPositionSelector', start: 5, end: 18 }, quote] },
      },
      expected: { motivation: 'HIGHLIGHTING', position: { start: 5, end: 18 } },
    },
  ];
  it.each(cases)('$name', ({ input, expected }) => {
    expect(fromWebAnnotation(ZW3cAnnotationIn.parse(input), 1)).toMatchObject(expected);
  });

  it.each([
    [
      'a FragmentSelector alone',
      { ...base, target: { source: 's', selector: { type: 'FragmentSelector', value: 'page=2' } } },
      /no TextQuoteSelector, only FragmentSelector/,
    ],
    ['a whole-document target', { ...base, bodyValue: 'x', target: 'https://example.org/essay' }, /whole document/],
    ['an image body', { ...base, body: 'https://example.org/cat.jpg', target: { source: 's', selector: quote } }, /is not text/],
  ])('refuses %s with a WebAnnotationImportError that says why', (_name, input, message) => {
    let caught: unknown;
    try {
      fromWebAnnotation(ZW3cAnnotationIn.parse(input), 1);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(WebAnnotationImportError);
    expect((caught as Error).message).toMatch(message);
  });
});

describe('collections and pages', () => {
  const items = [toWebAnnotation(noteOn('peace'), iris)];
  it('embeds the first page and points at the last; a later page links back and forth', () => {
    const collection = toAnnotationCollection({ iris, label: 'Annotations', total: 250 }, items);
    expect(collection).toMatchObject({
      total: 250,
      first: { id: iris.page(0), startIndex: 0, next: iris.page(1), partOf: iris.collection },
      last: iris.page(2),
    });
    expect(validateCollection(collection)).toEqual({ isValid: true, errors: [] });
    const middle = toAnnotationPage({ iris, label: 'Annotations', total: 250 }, 1, items);
    expect(middle).toMatchObject({ startIndex: 100, next: iris.page(2), prev: iris.page(0), partOf: { id: iris.collection, total: 250 } });
    expect(validatePage(middle)).toEqual({ isValid: true, errors: [] });
    expect(toAnnotationPage({ iris, label: 'Annotations', total: 250 }, 2, items)).not.toHaveProperty('next');
  });

  it('an empty collection has no pages and is still valid', () => {
    const empty = toAnnotationCollection({ iris, label: 'Annotations', total: 0 }, []);
    expect(empty).not.toHaveProperty('first');
    expect(validateDocument(empty).isValid).toBe(true);
  });
});

describe('?page= of the export route', () => {
  it.each([
    [null, 0],
    ['0', 0],
    ['3', 3],
    ['all', 'all'],
  ])('%s → %s', (raw, page) => {
    expect(ZExportPage.parse(raw)).toBe(page);
  });
  it.each(['-1', '1.5', 'first', ''])('refuses %j with a message', (raw) => {
    expect(ZExportPage.safeParse(raw).error?.issues[0]?.message).toMatch(/page number/);
  });
});

describe('the annotation-model schema has teeth', () => {
  const good = { '@context': 'http://www.w3.org/ns/anno.jsonld', ...toWebAnnotation(noteOn('peace'), iris) };
  it.each([
    ['no target (§3.1)', { ...good, target: undefined }],
    ['no id (§3.1)', { ...good, id: undefined }],
    ['a type that is not Annotation (§3.1)', { ...good, type: 'Note' }],
    ['a context without anno.jsonld (§3.1)', { ...good, '@context': ['https://schema.org/'] }],
    ['a TextualBody without value (§3.2.4)', { ...good, body: [{ type: 'TextualBody', purpose: 'commenting' }] }],
    [
      'a negative TextPositionSelector start (§4.2.5)',
      { ...good, target: { source: 'https://x.example/a', selector: [{ type: 'TextPositionSelector', start: -1, end: 3 }] } },
    ],
    [
      'a TextQuoteSelector without exact (§4.2.4)',
      { ...good, target: { source: 'https://x.example/a', selector: { type: 'TextQuoteSelector', prefix: 'a' } } },
    ],
    [
      'a SpecificResource without source (§4)',
      { ...good, target: { type: 'SpecificResource', selector: { type: 'TextQuoteSelector', exact: 'a' } } },
    ],
    ['both body and bodyValue (§3.2.5)', { ...good, bodyValue: 'also' }],
    ['a created that is not a date-time (§3.3.1)', { ...good, created: 'yesterday' }],
    [
      'a collection with annotations but no first page (§5.1)',
      { '@context': 'http://www.w3.org/ns/anno.jsonld', id: 'https://x.example/c', type: 'AnnotationCollection', total: 3 },
    ],
    ['a page without items (§5.2)', { '@context': 'http://www.w3.org/ns/anno.jsonld', id: 'https://x.example/p', type: 'AnnotationPage' }],
  ])('rejects %s', (_name, document) => {
    expect(validateDocument(JSON.parse(JSON.stringify(document))).isValid).toBe(false);
  });
});
