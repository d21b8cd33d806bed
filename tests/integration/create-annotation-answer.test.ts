import { beforeAll, describe, expect, it } from 'vitest';
import { describeRange } from '@/lib/domain/anchoring';
import { db } from '@/lib/server/db/client';
import { listAnnotationsForViewer } from '@/lib/server/queries/annotation/list-annotations-for-viewer';
import { createAnnotation } from '@/lib/server/services/annotation/create-annotation';
import { makeCohort, makeEssay, makeUser } from '@/prisma/factories';

// Creating a note writes it in one short transaction and answers with the note without reading
// it back: the answer must be exactly what a reader then loads, and every note gets one feed event.
const TEXT = 'Jane Writer\nAlliances deter war. They also provoke rivals.\nA Heading:\nPeace needs trust. Trust needs time.';
let author: string;
let slug: string;
let essayId: string;
let revisionId: string;
let text: string; // the revision's canonical text, which selectors point into

function noteOn(phrase: string, extra: Record<string, unknown> = {}) {
  const start = text.indexOf(phrase);
  return {
    revisionId,
    motivation: 'COMMENTING',
    body: 'A **bold** claim.',
    selectors: describeRange(text, start, start + phrase.length),
    ...extra,
  };
}

beforeAll(async () => {
  author = (await makeUser(db, 'Alice')).id;
  const cohort = await makeCohort(db, [{ userId: author, role: 'MEMBER' }]);
  const essay = await makeEssay(db, { cohortSlug: cohort.slug, text: TEXT });
  slug = essay.slug;
  essayId = essay.id;
  const revision = (
    await db.essay.findUniqueOrThrow({ where: { id: essay.id }, select: { currentRevision: { select: { id: true, text: true } } } })
  ).currentRevision!;
  revisionId = revision.id;
  text = revision.text;
});

describe('creating a note', () => {
  it('answers with the note exactly as readers then load it', async () => {
    const answer = await createAnnotation(
      author,
      slug,
      noteOn('war. They also', { tags: ['history', 'history', 'war'], visibility: 'PRIVATE' }),
    );
    const [stored] = await listAnnotationsForViewer(author, essayId, { ids: [answer.id] });
    expect(answer).toEqual(stored);
    expect(answer).toMatchObject({
      body: 'A **bold** claim.',
      bodyHtml: expect.stringContaining('<strong>bold</strong>'),
      tags: ['history', 'war'],
      visibility: 'PRIVATE',
      quote: { exact: 'war. They also' },
      author: { name: 'Alice', isViewer: true },
    });
    expect(answer.claimIds).toHaveLength(2);
  });

  it('gives each of many concurrent notes exactly one event, in the order they committed', async () => {
    const notes = await Promise.all(
      Array.from({ length: 20 }, (_, i) => createAnnotation(author, slug, noteOn('Peace needs trust.', { body: `note ${i}` }))),
    );
    const events = await db.essayEvent.findMany({
      where: { annotationId: { in: notes.map((n) => n.id) } },
      orderBy: { id: 'asc' },
      select: { annotationId: true, type: true },
    });
    expect(events).toHaveLength(20);
    expect(new Set(events.map((e) => e.annotationId)).size).toBe(20);
    expect(events.every((e) => e.type === 'annotation.created')).toBe(true);
    const claimsLinked = await db.annotationClaim.count({ where: { annotationId: { in: notes.map((n) => n.id) } } });
    expect(claimsLinked).toBe(20);
  });
});
