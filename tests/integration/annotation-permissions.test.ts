import { beforeAll, describe, expect, it } from 'vitest';
import { describeRange } from '@/lib/domain/anchoring';
import { db } from '@/lib/server/db/client';
import { listAnnotationsForViewer } from '@/lib/server/queries/annotation/list-annotations-for-viewer';
import { getEssayForViewer } from '@/lib/server/queries/essay/get-essay-for-viewer';
import { createAnnotation } from '@/lib/server/services/annotation/create-annotation';
import { deleteAnnotation } from '@/lib/server/services/annotation/delete-annotation';
import { editAnnotation } from '@/lib/server/services/annotation/edit-annotation';
import { replyToAnnotation } from '@/lib/server/services/annotation/reply-to-annotation';
import { makeCohort, makeEssay, makeUser } from '@/prisma/factories';

const TEXT = 'Jane Writer\nAlliances deter war. They also provoke rivals.\nA Heading:\nPeace needs trust. Trust needs time.';

type TWorld = {
  alice: string;
  bob: string;
  outsider: string;
  slug: string;
  essayId: string;
  revisionId: string;
  text: string;
  otherSlug: string;
};
let w: TWorld;

function noteOn(text: string, phrase: string, extra: Record<string, unknown> = {}) {
  const start = text.indexOf(phrase);
  return {
    revisionId: w.revisionId,
    motivation: 'COMMENTING',
    body: 'A note.',
    selectors: describeRange(text, start, start + phrase.length),
    ...extra,
  };
}

async function annotationCount() {
  return Promise.all([db.annotation.count(), db.annotationClaim.count(), db.essayEvent.count(), db.annotationEdit.count()]);
}

beforeAll(async () => {
  const alice = await makeUser(db, 'Alice');
  const bob = await makeUser(db, 'Bob');
  const outsider = await makeUser(db, 'Olga');
  const cohort = await makeCohort(db, [
    { userId: alice.id, role: 'MEMBER' },
    { userId: bob.id, role: 'MEMBER' },
  ]);
  const other = await makeCohort(db, [{ userId: outsider.id, role: 'MEMBER' }]);
  const essay = await makeEssay(db, { cohortSlug: cohort.slug, text: TEXT });
  const otherEssay = await makeEssay(db, { cohortSlug: other.slug, text: TEXT });
  const revision = await db.essay.findUniqueOrThrow({
    where: { id: essay.id },
    select: { currentRevision: { select: { id: true, text: true } } },
  });
  w = {
    alice: alice.id,
    bob: bob.id,
    outsider: outsider.id,
    slug: essay.slug,
    essayId: essay.id,
    revisionId: revision.currentRevision!.id,
    text: revision.currentRevision!.text,
    otherSlug: otherEssay.slug,
  };
});

describe('creating an annotation', () => {
  it('anchors it to the claims it touches and counts it on their badges', async () => {
    const note = await createAnnotation(w.alice, w.slug, noteOn(w.text, 'provoke rivals.\nA Heading:\nPeace'));
    expect(note.anchorStatus).toBe('ANCHORED');
    expect(note.claimIds).toHaveLength(2);
    const essay = await getEssayForViewer(w.bob, w.slug);
    const counts = essay.sections.flatMap((s) => s.claims).map((c) => c.counts.annotations);
    expect(counts).toEqual([0, 1, 1, 0]);
  });

  it.each([
    [
      'selectors that do not match the text',
      () =>
        noteOn(w.text, 'Alliances deter war.', {
          selectors: {
            ...describeRange(w.text, 12, 20),
            quote: { type: 'TextQuoteSelector', exact: 'something else', prefix: '', suffix: '' },
          },
        }),
      400,
      /match/i,
    ],
    ['an empty body', () => noteOn(w.text, 'deter war', { body: '   ' }), 400, /empty/i],
    ['a body over 10,000 characters', () => noteOn(w.text, 'deter war', { body: 'x'.repeat(10_001) }), 400, /10,000/],
    ['an unknown motivation', () => noteOn(w.text, 'deter war', { motivation: 'SHOUTING' }), 400, /motivation/i],
    ['an out-of-date revision', () => noteOn(w.text, 'deter war', { revisionId: 'old-revision' }), 409, /revised/i],
  ])('rejects %s with a clear message and writes nothing', async (_what, input, status, message) => {
    const before = await annotationCount();
    const error = await createAnnotation(w.alice, w.slug, input()).catch((e: unknown) => e);
    expect(error).toMatchObject({ status, message: expect.stringMatching(message) });
    expect(await annotationCount()).toEqual(before);
  });

  it('is a 404 for someone outside the cohort', async () => {
    await expect(createAnnotation(w.outsider, w.slug, noteOn(w.text, 'deter war'))).rejects.toMatchObject({ status: 404 });
  });
});

describe('threads', () => {
  it('lets members reply, edit their own notes with history, and delete softly', async () => {
    const root = await createAnnotation(w.alice, w.slug, noteOn(w.text, 'Peace needs trust.', { body: 'Whose trust?' }));
    const reply = await replyToAnnotation(w.bob, root.id, { body: 'Rivals’ trust.' });
    expect(reply).toMatchObject({ parentId: root.id, rootId: root.id, motivation: 'REPLYING' });
    const nested = await replyToAnnotation(w.alice, reply.id, { body: 'Then say so.' });
    expect(nested.rootId).toBe(root.id);

    await expect(editAnnotation(w.bob, root.id, { body: 'hijacked' })).rejects.toMatchObject({
      status: 403,
      message: 'You can only edit your own notes.',
    });
    const edited = await editAnnotation(w.alice, root.id, { body: 'Whose trust, exactly?' });
    expect(edited.editedAt).not.toBeNull();
    expect(await db.annotationEdit.findMany({ where: { annotationId: root.id }, select: { body: true } })).toEqual([
      { body: 'Whose trust?' },
    ]);

    await expect(deleteAnnotation(w.bob, root.id)).rejects.toMatchObject({ status: 403 });
    const deleted = await deleteAnnotation(w.alice, root.id);
    expect(deleted).toMatchObject({ isDeleted: true, body: '', bodyHtml: '' });
    const thread = (await listAnnotationsForViewer(w.bob, w.essayId)).filter((a) => a.id === root.id || a.rootId === root.id);
    expect(thread.map((a) => [a.id, a.isDeleted])).toEqual([
      [root.id, true],
      [reply.id, false],
      [nested.id, false],
    ]);

    const before = await annotationCount();
    await expect(replyToAnnotation(w.bob, root.id, { body: 'Hello?' })).rejects.toMatchObject({ status: 409 });
    expect(await annotationCount()).toEqual(before);
  });

  it('keeps a private note to its author: invisible, unrepliable and unlisted for others', async () => {
    const secret = await createAnnotation(
      w.alice,
      w.slug,
      noteOn(w.text, 'Trust needs time.', { visibility: 'PRIVATE', body: 'my own thought' }),
    );
    expect((await listAnnotationsForViewer(w.alice, w.essayId)).map((a) => a.id)).toContain(secret.id);
    expect((await listAnnotationsForViewer(w.bob, w.essayId)).map((a) => a.id)).not.toContain(secret.id);
    await expect(replyToAnnotation(w.bob, secret.id, { body: 'peek' })).rejects.toMatchObject({ status: 404 });
    await expect(editAnnotation(w.bob, secret.id, { body: 'peek' })).rejects.toMatchObject({ status: 404 });
    const claim = (await getEssayForViewer(w.bob, w.slug)).sections.flatMap((s) => s.claims).at(-1)!;
    expect(claim.counts.annotations).toBe(0);
  });

  it('does not let a member of another cohort reply to this cohort’s notes', async () => {
    const note = await createAnnotation(w.alice, w.slug, noteOn(w.text, 'deter war'));
    await expect(replyToAnnotation(w.outsider, note.id, { body: 'hi' })).rejects.toMatchObject({ status: 404 });
    expect(await listAnnotationsForViewer(w.outsider, w.essayId)).toEqual([]);
  });
});
