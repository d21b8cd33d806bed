// Issue 9, "The live stream replays withheld words": replaying the feed from its start must give
// every reader the notes as they are now, as that reader may see them — never old words.
import { describe, expect, it } from 'vitest';
import { describeRange } from '@/lib/domain/anchoring';
import type { TEssayEventView } from '@/lib/schemas/annotation';
import { db } from '@/lib/server/db/client';
import { subscribeToEssay } from '@/lib/server/live/essay-hub';
import { createAnnotation } from '@/lib/server/services/annotation/create-annotation';
import { deleteAnnotation } from '@/lib/server/services/annotation/delete-annotation';
import { editAnnotation } from '@/lib/server/services/annotation/edit-annotation';
import { moderate } from '@/lib/server/services/moderation/moderate';
import { makeCohort, makeEssay, makeUser } from '@/prisma/factories';

const TEXT = 'Jane Writer\nAlliances deter war. They also provoke rivals.';

/** Everything the feed delivers from id 0 until it has been quiet (the hub delivers asynchronously). */
async function replayFromStart(essayId: string, viewerId: string, expectedCount: number): Promise<TEssayEventView[]> {
  const received: TEssayEventView[] = [];
  const reloads: string[] = [];
  const unsubscribe = subscribeToEssay({
    essayId,
    viewerId,
    lastId: 0n,
    onEvent: (event) => received.push(event),
    onReload: () => reloads.push('reload'),
  });
  const started = Date.now();
  while (received.length < expectedCount && Date.now() - started < 10_000) await new Promise((resolve) => setTimeout(resolve, 20));
  // A little longer: anything past the expected count would be a leak this test must see.
  await new Promise((resolve) => setTimeout(resolve, 300));
  unsubscribe();
  expect(reloads, 'a short feed replays from 0, no reload').toEqual([]);
  return received;
}

describe('replaying the live feed', () => {
  it('gives another member only the current words: edits → latest text, hidden → placeholder, deleted → [deleted], private → nothing', async () => {
    const author = await makeUser(db);
    const reader = await makeUser(db);
    const moderator = await makeUser(db);
    const cohort = await makeCohort(db, [
      { userId: author.id, role: 'MEMBER' },
      { userId: reader.id, role: 'MEMBER' },
      { userId: moderator.id, role: 'MODERATOR' },
    ]);
    const essay = await makeEssay(db, { cohortSlug: cohort.slug, text: TEXT });
    const revision = await db.essayRevision.findFirstOrThrow({ where: { essayId: essay.id }, select: { id: true, text: true } });
    const post = (body: string, visibility: 'COHORT' | 'PRIVATE' = 'COHORT') =>
      createAnnotation(author.id, essay.slug, {
        revisionId: revision.id,
        motivation: 'COMMENTING',
        body,
        visibility,
        selectors: describeRange(revision.text, 12, 32),
      });

    const edited = await post('SECRET1 first thoughts');
    await editAnnotation(author.id, edited.id, { body: 'SECRET2 second thoughts' });
    const hidden = await post('HIDDENWORDS rude remark');
    await moderate(moderator.id, cohort.id, {
      kind: 'HIDE',
      target: { type: 'annotation', id: hidden.id },
      reason: 'Incivility towards another member.',
    });
    const deleted = await post('DELETEDWORDS regretted');
    await deleteAnnotation(author.id, deleted.id);
    await post('PRIVATEWORDS just for me', 'PRIVATE');

    const events = await replayFromStart(essay.id, reader.id, 3);
    const wire = JSON.stringify(events);

    // Each note once, as it stands now; the private note not at all.
    expect(events.map((e) => e.annotation.id).sort()).toEqual([edited.id, hidden.id, deleted.id].sort());
    const byId = new Map(events.map((e) => [e.annotation.id, e.annotation]));
    // Another member's notes come as the reader draws them: HTML, no Markdown source.
    expect(byId.get(edited.id)).toMatchObject({ bodyHtml: '<p>SECRET2 second thoughts</p>\n', isHidden: false, isDeleted: false });
    expect(byId.get(hidden.id)).toMatchObject({ bodyHtml: '', isHidden: true });
    expect(byId.get(deleted.id)).toMatchObject({ bodyHtml: '', isDeleted: true });
    for (const note of byId.values()) expect(note).not.toHaveProperty('body');
    for (const marker of ['SECRET1', 'HIDDENWORDS', 'DELETEDWORDS', 'PRIVATEWORDS']) expect(wire).not.toContain(marker);
    expect(wire).toContain('SECRET2');
  });

  it('gives the author their own private note, with its latest words', async () => {
    const author = await makeUser(db);
    const cohort = await makeCohort(db, [{ userId: author.id, role: 'MEMBER' }]);
    const essay = await makeEssay(db, { cohortSlug: cohort.slug, text: TEXT });
    const revision = await db.essayRevision.findFirstOrThrow({ where: { essayId: essay.id }, select: { id: true, text: true } });
    const note = await createAnnotation(author.id, essay.slug, {
      revisionId: revision.id,
      motivation: 'COMMENTING',
      body: 'draft one',
      visibility: 'PRIVATE',
      selectors: describeRange(revision.text, 12, 32),
    });
    await editAnnotation(author.id, note.id, { body: 'draft two' });

    const events = await replayFromStart(essay.id, author.id, 1);
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ type: 'annotation.updated', annotation: { id: note.id, body: 'draft two', visibility: 'PRIVATE' } });
  });

  it('names the author by the display-name rule: a member sees the pseudonym only, a moderator "pseudonym (real name)", nobody the user id', async () => {
    const author = await makeUser(db, 'Zebediah Realname');
    const reader = await makeUser(db);
    const moderator = await makeUser(db);
    const cohort = await makeCohort(db, [
      { userId: author.id, role: 'MEMBER' },
      { userId: reader.id, role: 'MEMBER' },
      { userId: moderator.id, role: 'MODERATOR' },
    ]);
    await db.cohort.update({ where: { id: cohort.id }, data: { allowPseudonyms: true } });
    await db.membership.update({
      where: { cohortId_userId: { cohortId: cohort.id, userId: author.id } },
      data: { pseudonym: 'Quiet Owl' },
    });
    const essay = await makeEssay(db, { cohortSlug: cohort.slug, text: TEXT });
    const revision = await db.essayRevision.findFirstOrThrow({ where: { essayId: essay.id }, select: { id: true, text: true } });
    await createAnnotation(author.id, essay.slug, {
      revisionId: revision.id,
      motivation: 'COMMENTING',
      body: 'signed with a pseudonym',
      selectors: describeRange(revision.text, 12, 32),
    });

    const asMember = await replayFromStart(essay.id, reader.id, 1);
    expect(asMember[0]!.annotation.author.name).toBe('Quiet Owl');
    expect(JSON.stringify(asMember)).not.toContain('Zebediah');
    expect(JSON.stringify(asMember)).not.toContain(author.id);
    const asModerator = await replayFromStart(essay.id, moderator.id, 1);
    expect(asModerator[0]!.annotation.author.name).toBe('Quiet Owl (Zebediah Realname)');
  });
});
