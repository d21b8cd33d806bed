import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { describeRange } from '@/lib/domain/anchoring';
import type { TW3cAnnotationCollection } from '@/lib/domain/web-annotation';
import { db } from '@/lib/server/db/client';
import { getAnnotationCollectionForViewer } from '@/lib/server/queries/web-annotation/get-annotation-collection-for-viewer';
import { createAnnotation } from '@/lib/server/services/annotation/create-annotation';
import { importAnnotations } from '@/lib/server/services/web-annotation/import-annotations';
import { makeCohort, makeEssay, makeUser } from '@/prisma/factories';
import { validateCollection } from '@/tests/fixtures/web-annotation/annotation-model';

const ORIGIN = 'https://counterpoint.test';
const TEXT = readFileSync('tests/fixtures/essays/alliances.txt', 'utf8');
const hypothesis = JSON.parse(readFileSync('tests/fixtures/web-annotation/hypothesis-search.json', 'utf8')) as { rows: object[] };

let w: { member: string; outsider: string; slug: string; essayId: string; publicSlug: string; text: string };

function annotationOn(phrase: string, extra: Record<string, unknown> = {}) {
  return {
    '@context': 'http://www.w3.org/ns/anno.jsonld',
    id: `urn:uuid:${phrase.length}-${Object.keys(extra).join('-')}`,
    type: 'Annotation',
    motivation: 'commenting',
    body: { type: 'TextualBody', value: `About “${phrase}”.`, format: 'text/markdown' },
    target: { source: 'https://elsewhere.example/essay', selector: [{ type: 'TextQuoteSelector', exact: phrase }] },
    ...extra,
  };
}

async function written(essayId = w.essayId) {
  return Promise.all([
    db.annotation.count({ where: { essayId } }),
    db.annotationClaim.count({ where: { annotation: { essayId } } }),
    db.essayEvent.count({ where: { essayId } }),
  ]);
}

beforeAll(async () => {
  const member = await makeUser(db, 'Importer');
  const outsider = await makeUser(db, 'Olga Outsider');
  const cohort = await makeCohort(db, [{ userId: member.id, role: 'MEMBER' }]);
  const essay = await makeEssay(db, { cohortSlug: cohort.slug, text: TEXT });
  const publicEssay = await makeEssay(db, { text: TEXT });
  const revision = await db.essayRevision.findFirstOrThrow({ where: { essayId: essay.id }, select: { text: true } });
  w = { member: member.id, outsider: outsider.id, slug: essay.slug, essayId: essay.id, publicSlug: publicEssay.slug, text: revision.text };
});

describe('importing a Hypothesis API response', () => {
  it('maps text, tags, replies and private notes; anchors by quote; keeps the cut passage as an orphan with its quote', async () => {
    const before = await written();
    const counts = await importAnnotations(w.member, w.slug, hypothesis);
    expect(counts).toEqual({ imported: 7, anchored: 4, fuzzy: 0, orphaned: 1, duplicates: 0, replies: 2, skipped: 0 });
    const [notes, , events] = await written();
    expect(notes - before[0]).toBe(7);
    expect(events - before[2]).toBe(7);

    const rows = await db.annotation.findMany({
      where: { essayId: w.essayId },
      select: {
        id: true,
        parentId: true,
        rootId: true,
        motivation: true,
        body: true,
        tags: true,
        visibility: true,
        anchorStatus: true,
        start: true,
        end: true,
        selectors: true,
        authorId: true,
        createdAt: true,
        claims: { select: { claimId: true } },
      },
    });
    const comment = rows.find((r) => r.body.startsWith('Is it **collapsing**'))!;
    expect(comment).toMatchObject({
      motivation: 'COMMENTING',
      tags: ['trust', 'evidence'],
      anchorStatus: 'ANCHORED',
      authorId: w.member,
      createdAt: new Date('2025-11-03T09:12:44.512Z'),
    });
    expect(w.text.slice(comment.start!, comment.end!)).toBe('Trust among states is collapsing.');
    expect(comment.claims).toHaveLength(1);
    const reply = rows.find((r) => r.body.startsWith('It was there'))!;
    const nested = rows.find((r) => r.body.startsWith('A stock'))!;
    expect(reply).toMatchObject({ motivation: 'REPLYING', parentId: comment.id, rootId: comment.id });
    expect(nested).toMatchObject({ parentId: reply.id, rootId: comment.id });
    expect(rows.find((r) => r.tags.includes('minilaterals'))).toMatchObject({ motivation: 'TAGGING', body: '' });
    expect(rows.find((r) => r.body.startsWith('Note to self'))).toMatchObject({ visibility: 'PRIVATE' });
    const orphan = rows.find((r) => r.body.startsWith('This paragraph'))!;
    expect(orphan).toMatchObject({ anchorStatus: 'ORPHANED', start: null, end: null, claims: [] });
    expect(orphan.selectors).toContainEqual(
      expect.objectContaining({ type: 'TextQuoteSelector', exact: 'Sanctions regimes were layered onto the alliance commitments.' }),
    );

    expect(await importAnnotations(w.member, w.slug, hypothesis)).toMatchObject({ imported: 0, duplicates: 7 });
  });
});

describe('refusing bad files: 4xx with a message naming the problem, and nothing written', () => {
  const good = annotationOn('Trust among states is collapsing.');
  const many = Array.from({ length: 5001 }, (_, i) => ({ ...good, id: `urn:uuid:many-${i}` }));
  it.each([
    ['not JSON-LD annotations at all', { hello: 'world' }, /Annotation #1.*"type" must be "Annotation"/],
    ['a malformed @context', { ...good, '@context': 42 }, /Annotation #1.*@context/],
    [
      'a malformed collection',
      { '@context': 'http://www.w3.org/ns/anno.jsonld', type: 'AnnotationCollection', total: 'many' },
      /AnnotationCollection.*total/,
    ],
    [
      'a collection missing its later pages',
      {
        type: 'AnnotationCollection',
        total: 250,
        first: { type: 'AnnotationPage', id: 'p0', items: [good], next: 'https://x.example/export?page=1' },
      },
      /continues at https:\/\/x\.example\/export\?page=1, which is not in the file/,
    ],
    [
      'a TextQuoteSelector without exact (second annotation)',
      [good, annotationOn('x', { target: { source: 's', selector: { type: 'TextQuoteSelector', prefix: 'a' } } })],
      /Annotation #2 \(urn:uuid:.*\).*"exact".*target\.selector\.exact/,
    ],
    [
      'a FragmentSelector alone',
      [good, good, annotationOn('y', { target: { source: 's', selector: { type: 'FragmentSelector', value: 'para=3' } } })],
      /Annotation #3 .*cannot be imported: it has no TextQuoteSelector, only FragmentSelector/,
    ],
    [
      'a selector without a type',
      annotationOn('z', { target: { source: 's', selector: [{ exact: 'Trust' }] } }),
      /Annotation #1.*selector needs a "type"/,
    ],
    [
      'a body over 10,000 characters',
      annotationOn('w', { body: { type: 'TextualBody', value: 'x'.repeat(10_001) } }),
      /Annotation #1.*10,000/,
    ],
    ['a comment with no words', annotationOn('v', { body: undefined }), /Annotation #1.*needs some text/],
    ['more than 5,000 annotations', many, /5,001 annotations; import at most 5,000/],
    ['more than 5 MB', annotationOn('u', { body: undefined, bodyValue: 'x'.repeat(5 * 1024 * 1024) }), /MB; import at most 5 MB/],
    ['an empty list', [], /no annotations/],
  ])('%s → 400', async (_name, file, message) => {
    const before = await written();
    const error = await importAnnotations(w.member, w.slug, file).catch((e: unknown) => e);
    expect(error).toMatchObject({ status: 400, message: expect.stringMatching(message) });
    expect(await written()).toEqual(before);
  });

  it('a valid file to an essay the importer cannot see is a 404, and nothing is written', async () => {
    const before = await written();
    await expect(importAnnotations(w.outsider, w.slug, good)).rejects.toMatchObject({ status: 404 });
    expect(await written()).toEqual(before);
  });
});

describe('export permissions', () => {
  it('an outsider exporting a private essay gets a 404, as if it did not exist', async () => {
    await expect(getAnnotationCollectionForViewer(w.outsider, w.slug, { origin: ORIGIN })).rejects.toMatchObject({ status: 404 });
    await expect(getAnnotationCollectionForViewer(null, w.slug, { origin: ORIGIN })).rejects.toMatchObject({ status: 404 });
  });

  it('anyone may export a public essay, without other people’s private notes', async () => {
    const publicRevision = await db.essay.findUniqueOrThrow({
      where: { slug: w.publicSlug },
      select: { currentRevision: { select: { id: true, text: true } } },
    });
    const { id: revisionId, text } = publicRevision.currentRevision!;
    const at = text.indexOf('Trust among states');
    const selectors = describeRange(text, at, at + 18);
    await createAnnotation(w.member, w.publicSlug, { revisionId, motivation: 'COMMENTING', body: 'Shared.', selectors });
    await createAnnotation(w.member, w.publicSlug, {
      revisionId,
      motivation: 'COMMENTING',
      body: 'Mine.',
      visibility: 'PRIVATE',
      selectors,
    });
    const anonymous = (await getAnnotationCollectionForViewer(null, w.publicSlug, { origin: ORIGIN })) as TW3cAnnotationCollection;
    expect(anonymous.total).toBe(1);
    expect(validateCollection(anonymous)).toEqual({ isValid: true, errors: [] });
    const own = (await getAnnotationCollectionForViewer(w.member, w.publicSlug, { origin: ORIGIN })) as TW3cAnnotationCollection;
    expect(own.total).toBe(2);
    expect(own.first!.items.map((item) => item['cp:claims'])).toEqual([expect.any(Array), expect.any(Array)]);
  });
});
