// What a moderator's lock, slow mode and hide promise must hold: a lock closes the whole
// discussion below an argument, slow mode limits each person's answers, and a hidden note keeps
// the words the moderator judged until it is restored.
import { beforeAll, describe, expect, it } from 'vitest';
import { describeRange } from '@/lib/domain/anchoring';
import { db } from '@/lib/server/db/client';
import { createAnnotation } from '@/lib/server/services/annotation/create-annotation';
import { editAnnotation } from '@/lib/server/services/annotation/edit-annotation';
import { replyToAnnotation } from '@/lib/server/services/annotation/reply-to-annotation';
import { addArgument } from '@/lib/server/services/argument/add-argument';
import { moderate } from '@/lib/server/services/moderation/moderate';
import { makeCohort, makeEssay, makeUser } from '@/prisma/factories';

let member: string;
let other: string;
let moderator: string;
let cohortId: string;
let slug: string;
let essayId: string;
let claimId: string;
let revision: { id: string; text: string };

const argue = (userId: string, targetId: string, text = 'Because the record says so.') =>
  addArgument(userId, slug, { target: { type: 'argument', id: targetId }, stance: 'SUPPORT', text });
const onClaim = (userId: string) =>
  addArgument(userId, slug, { target: { type: 'claim', id: claimId }, stance: 'SUPPORT', text: 'Deterrence worked in 1962.' });
const argumentCount = () => db.argument.count({ where: { essayId } });

beforeAll(async () => {
  member = (await makeUser(db, 'Mira Member')).id;
  other = (await makeUser(db, 'Otto Member')).id;
  moderator = (await makeUser(db, 'Mo Moderator')).id;
  const cohort = await makeCohort(db, [
    { userId: member, role: 'MEMBER' },
    { userId: other, role: 'MEMBER' },
    { userId: moderator, role: 'MODERATOR' },
  ]);
  cohortId = cohort.id;
  const essay = await makeEssay(db, { cohortSlug: cohort.slug });
  slug = essay.slug;
  essayId = essay.id;
  claimId = (await db.claim.findFirstOrThrow({ where: { essayId }, select: { id: true } })).id;
  revision = await db.essayRevision.findFirstOrThrow({ where: { essayId }, select: { id: true, text: true } });
});

describe('a locked argument', () => {
  it('takes no answers anywhere below it, and the refusal writes nothing', async () => {
    const top = await onClaim(member);
    const child = await argue(other, top.id);
    const grandchild = await argue(member, child.id);
    await moderate(moderator, cohortId, {
      kind: 'LOCK',
      target: { type: 'argument', id: top.id },
      reason: 'The discussion went in circles.',
    });
    const before = await argumentCount();
    for (const target of [top.id, child.id, grandchild.id]) {
      await expect(argue(other, target)).rejects.toMatchObject({
        status: 403,
        message: 'A moderator locked this discussion: its arguments take no new answers.',
      });
    }
    expect(await argumentCount()).toBe(before);

    await moderate(moderator, cohortId, { kind: 'UNLOCK', target: { type: 'argument', id: top.id }, reason: 'Fresh start.' });
    await expect(argue(other, grandchild.id)).resolves.toMatchObject({ id: expect.any(String) });
  });
});

describe('slow mode on an argument', () => {
  it('allows each person one answer per window anywhere in its discussion', async () => {
    const top = await onClaim(member);
    await moderate(moderator, cohortId, {
      kind: 'SLOW_MODE',
      target: { type: 'argument', id: top.id },
      minutes: 10,
      reason: 'Let people think before answering.',
    });
    const first = await argue(member, top.id);
    const before = await argumentCount();
    await expect(argue(member, top.id)).rejects.toMatchObject({
      status: 429,
      message: 'This discussion is in slow mode: one answer every 10 minutes. Try again in 10 minute(s).',
    });
    await expect(argue(member, first.id)).rejects.toMatchObject({ status: 429 });
    expect(await argumentCount()).toBe(before);

    // Someone else may still answer, and the first person may still argue elsewhere.
    await expect(argue(other, first.id)).resolves.toMatchObject({ id: expect.any(String) });
    await expect(onClaim(member)).resolves.toMatchObject({ id: expect.any(String) });
  });

  it('lets two quick answers from one person through only once', async () => {
    const top = await onClaim(member);
    await moderate(moderator, cohortId, {
      kind: 'SLOW_MODE',
      target: { type: 'argument', id: top.id },
      minutes: 5,
      reason: 'Let people think before answering.',
    });
    const results = await Promise.allSettled([argue(other, top.id, 'First quick answer.'), argue(other, top.id, 'Second quick answer.')]);
    expect(results.map((r) => r.status).sort()).toEqual(['fulfilled', 'rejected']);
    expect(await db.argument.count({ where: { targetArgumentId: top.id } })).toBe(1);
  });
});

describe('slow mode on a note thread', () => {
  it('lets two quick replies from one person through only once', async () => {
    const note = await createAnnotation(member, slug, {
      revisionId: revision.id,
      motivation: 'COMMENTING',
      body: 'A heated thread.',
      selectors: describeRange(revision.text, 12, 30),
    });
    await moderate(moderator, cohortId, {
      kind: 'SLOW_MODE',
      target: { type: 'annotation', id: note.id },
      minutes: 5,
      reason: 'Let people think before answering.',
    });
    const results = await Promise.allSettled([
      replyToAnnotation(other, note.id, { body: 'First quick reply.' }),
      replyToAnnotation(other, note.id, { body: 'Second quick reply.' }),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual(['fulfilled', 'rejected']);
    expect(await db.annotation.count({ where: { rootId: note.id } })).toBe(1);
  });
});

describe('a hidden note', () => {
  it('cannot be edited by its author, so restoring brings back the words the moderator saw', async () => {
    const note = await createAnnotation(member, slug, {
      revisionId: revision.id,
      motivation: 'COMMENTING',
      body: 'The words the moderator judged.',
      selectors: describeRange(revision.text, 12, 30),
    });
    await moderate(moderator, cohortId, { kind: 'HIDE', target: { type: 'annotation', id: note.id }, reason: 'Personal attack.' });
    await expect(editAnnotation(member, note.id, { body: 'Something harmless instead.' })).rejects.toMatchObject({
      status: 409,
      message: /cannot be edited while hidden/,
    });
    expect(await db.annotationEdit.count({ where: { annotationId: note.id } })).toBe(0);

    await moderate(moderator, cohortId, {
      kind: 'RESTORE',
      target: { type: 'annotation', id: note.id },
      reason: 'On appeal: it was a quote.',
    });
    expect((await db.annotation.findUniqueOrThrow({ where: { id: note.id }, select: { body: true } })).body).toBe(
      'The words the moderator judged.',
    );
    await expect(editAnnotation(member, note.id, { body: 'Now I may edit it again.' })).resolves.toMatchObject({
      body: 'Now I may edit it again.',
    });
  });
});
