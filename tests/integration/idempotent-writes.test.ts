// A client whose answer is lost sends the same write again. With the same Idempotency-Key it must
// get back what the first request made — one note, one reply, one argument, one feed event —
// never a copy; a key reused for something else is refused, and a bad key writes nothing.
import { beforeAll, describe, expect, it } from 'vitest';
import { describeRange } from '@/lib/domain/anchoring';
import { db } from '@/lib/server/db/client';
import { createAnnotation } from '@/lib/server/services/annotation/create-annotation';
import { editAnnotation } from '@/lib/server/services/annotation/edit-annotation';
import { replyToAnnotation } from '@/lib/server/services/annotation/reply-to-annotation';
import { createApiToken } from '@/lib/server/services/token/create-token';
import { POST as postAnnotation } from '@/app/api/v1/essays/[slug]/annotations/route';
import { POST as postArgument } from '@/app/api/v1/essays/[slug]/arguments/route';
import { makeCohort, makeEssay, makeUser } from '@/prisma/factories';

let slug: string;
let essayId: string;
let revisionId: string;
let text: string;
let claimId: string;
let alice: { id: string; token: string };
let bob: { id: string; token: string };

const at = (value: string) => ({ params: Promise.resolve({ slug: value }) });
const keyOf = (label: string) => `${label}-${crypto.randomUUID()}`;

function post(path: string, token: string, body: unknown, key?: string): Request {
  return new Request(`http://counterpoint.test/api/v1${path}`, {
    method: 'POST',
    headers: {
      authorization: `Bearer ${token}`,
      'content-type': 'application/json',
      ...(key === undefined ? {} : { 'idempotency-key': key }),
    },
    body: JSON.stringify(body),
  });
}

const note = (body: string) => ({ revisionId, motivation: 'COMMENTING', body, selectors: describeRange(text, 0, 12) });
const sendNote = (who: { token: string }, body: string, key?: string) =>
  postAnnotation(post(`/essays/${slug}/annotations`, who.token, note(body), key), at(slug));

async function notesWithBody(body: string): Promise<{ id: string }[]> {
  return db.annotation.findMany({ where: { essayId, body }, select: { id: true } });
}

beforeAll(async () => {
  const [a, b] = await Promise.all([makeUser(db, 'Alice Keyholder'), makeUser(db, 'Bob Keyholder')]);
  const cohort = await makeCohort(db, [
    { userId: a.id, role: 'MEMBER' },
    { userId: b.id, role: 'MEMBER' },
  ]);
  const essay = await makeEssay(db, { cohortSlug: cohort.slug });
  slug = essay.slug;
  essayId = essay.id;
  const revision = await db.essayRevision.findFirstOrThrow({ where: { essayId }, select: { id: true, text: true } });
  revisionId = revision.id;
  text = revision.text;
  claimId = (await db.claim.findFirstOrThrow({ where: { essayId }, select: { id: true } })).id;
  const tokenOf = async (userId: string) => (await createApiToken(userId, { name: 'retry test', scope: 'WRITE' })).token;
  alice = { id: a.id, token: await tokenOf(a.id) };
  bob = { id: b.id, token: await tokenOf(b.id) };
});

describe('a note sent again with the same key', () => {
  it('is made once: the repeat answers with the same note and says it is a replay', async () => {
    const key = keyOf('note');
    const first = await sendNote(alice, 'Sent twice, kept once.', key);
    const again = await sendNote(alice, 'Sent twice, kept once.', key);
    expect(first.status).toBe(201);
    expect(again.status).toBe(201);
    expect(first.headers.get('idempotent-replayed')).toBeNull();
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    const [a, b] = (await Promise.all([first.json(), again.json()])) as { annotation: { id: string; body: string } }[];
    expect(b!.annotation).toEqual(a!.annotation);
    const stored = await notesWithBody('Sent twice, kept once.');
    expect(stored).toEqual([{ id: a!.annotation.id }]);
    // The live feed announced it once, so open readers do not show it twice either.
    expect(await db.essayEvent.count({ where: { annotationId: a!.annotation.id } })).toBe(1);
  });

  it('is made once when the copies arrive together', async () => {
    const key = keyOf('burst');
    const answers = await Promise.all(Array.from({ length: 6 }, () => sendNote(alice, 'Six copies at once.', key)));
    expect(answers.map((r) => r.status)).toEqual([201, 201, 201, 201, 201, 201]);
    const ids = new Set(await Promise.all(answers.map(async (r) => ((await r.json()) as { annotation: { id: string } }).annotation.id)));
    expect(ids.size).toBe(1);
    expect(await notesWithBody('Six copies at once.')).toHaveLength(1);
    expect(answers.filter((r) => r.headers.get('idempotent-replayed') === 'true')).toHaveLength(5);
  });

  it('is made twice without a key: the key is what tells a retry from a second note', async () => {
    await sendNote(alice, 'No key, two notes.');
    await sendNote(alice, 'No key, two notes.');
    expect(await notesWithBody('No key, two notes.')).toHaveLength(2);
  });

  it('answers with the words as they are now, not as first sent', async () => {
    const key = keyOf('edited');
    const first = (await (await sendNote(alice, 'Words I took back.', key)).json()) as { annotation: { id: string } };
    await editAnnotation(alice.id, first.annotation.id, { body: 'Words I stand by.' });
    const again = await sendNote(alice, 'Words I took back.', key);
    const replay = (await again.json()) as { annotation: { id: string; body: string; bodyHtml: string } };
    expect(replay.annotation.id).toBe(first.annotation.id);
    expect(replay.annotation.body).toBe('Words I stand by.');
    expect(JSON.stringify(replay)).not.toContain('took back');
  });

  it('answers with the note even when the essay was closed or revised since it was made', async () => {
    const key = keyOf('closed');
    const first = (await (await sendNote(alice, 'Made just before closing.', key)).json()) as { annotation: { id: string } };
    await db.essay.update({ where: { id: essayId }, data: { discussion: 'CLOSED' } });
    try {
      const again = await sendNote(alice, 'Made just before closing.', key);
      expect(again.status).toBe(201);
      expect(((await again.json()) as { annotation: { id: string } }).annotation.id).toBe(first.annotation.id);
      // Without the key it is a new note, and the closed essay refuses it.
      expect((await sendNote(alice, 'Made just before closing.')).status).toBe(403);
      expect(await notesWithBody('Made just before closing.')).toHaveLength(1);
    } finally {
      await db.essay.update({ where: { id: essayId }, data: { discussion: 'OPEN' } });
    }
  });

  it('refuses the key for a different note, and writes nothing', async () => {
    const key = keyOf('reuse');
    await sendNote(alice, 'The first use of a key.', key);
    const other = await sendNote(alice, 'Something else entirely.', key);
    expect(other.status).toBe(409);
    expect(((await other.json()) as { error: string }).error).toMatch(/already used for a different request/);
    expect(await notesWithBody('Something else entirely.')).toHaveLength(0);
  });

  it('keeps one person’s keys apart from another’s', async () => {
    const key = keyOf('shared');
    const fromAlice = await sendNote(alice, 'Same key, two people.', key);
    const fromBob = await sendNote(bob, 'Same key, two people.', key);
    expect([fromAlice.status, fromBob.status]).toEqual([201, 201]);
    expect(fromBob.headers.get('idempotent-replayed')).toBeNull();
    expect(await notesWithBody('Same key, two people.')).toHaveLength(2);
  });

  it('does not spend the key on a request that was refused', async () => {
    const key = keyOf('refused');
    const stale = postAnnotation(
      post(`/essays/${slug}/annotations`, alice.token, { ...note('Pointing at an old revision.'), revisionId: 'old-revision' }, key),
      at(slug),
    );
    expect((await stale).status).toBe(409);
    expect(await db.writeKey.count({ where: { userId: alice.id, key } })).toBe(0);
    const retried = await sendNote(alice, 'Pointing at an old revision.', key);
    expect(retried.status).toBe(201);
    expect(retried.headers.get('idempotent-replayed')).toBeNull();
  });

  it('is free again after a day, and expired keys are cleared as their author writes on', async () => {
    const [stale, other] = [keyOf('yesterday'), keyOf('forgotten')];
    await sendNote(alice, 'Sent the day before.', stale);
    await sendNote(alice, 'Never retried.', other);
    const dayAndASecondAgo = new Date(Date.now() - 24 * 60 * 60 * 1000 - 1000);
    await db.writeKey.updateMany({ where: { userId: alice.id, key: { in: [stale, other] } }, data: { createdAt: dayAndASecondAgo } });
    const later = await sendNote(alice, 'Sent the day before.', stale);
    expect(later.status).toBe(201);
    expect(later.headers.get('idempotent-replayed')).toBeNull();
    expect(await notesWithBody('Sent the day before.')).toHaveLength(2);
    expect(await db.writeKey.count({ where: { userId: alice.id, key: other } })).toBe(0);
  });

  it('answers 400 with what to send when the key is malformed, and writes nothing', async () => {
    const before = await db.annotation.count({ where: { essayId } });
    for (const bad of ['short', 'has spaces in it, sixteen+', 'x'.repeat(129)]) {
      const answer = await sendNote(alice, 'A malformed key.', bad);
      expect(answer.status).toBe(400);
      expect(((await answer.json()) as { error: string }).error).toMatch(/Idempotency-Key header must be 16–128/);
    }
    expect(await db.annotation.count({ where: { essayId } })).toBe(before);
  });
});

describe('a reply sent again with the same key', () => {
  it('is made once, and still answers after the thread was locked', async () => {
    const root = await createAnnotation(bob.id, slug, note('A thread to answer.'));
    const writeKey = () => ({ key: keyOf('reply'), requestHash: 'the same reply', isReplay: false });
    const first = writeKey();
    const made = await replyToAnnotation(alice.id, root.id, { body: 'One reply, however often sent.' }, first);
    await db.annotation.update({ where: { id: root.id }, data: { lockedAt: new Date() } });
    const repeat = { ...first, isReplay: false };
    const replayed = await replyToAnnotation(alice.id, root.id, { body: 'One reply, however often sent.' }, repeat);
    expect(repeat.isReplay).toBe(true);
    expect(replayed).toEqual(made);
    expect(await db.annotation.count({ where: { parentId: root.id } })).toBe(1);
    // Bob was told of the reply once.
    expect(await db.notification.count({ where: { userId: bob.id, kind: 'REPLY' } })).toBe(1);
  });
});

describe('an argument sent again with the same key', () => {
  it('is made once and answers with the same argument', async () => {
    const key = keyOf('argument');
    const body = { target: { type: 'claim', id: claimId }, stance: 'ATTACK', attackKind: 'REBUT', text: 'Rebutted once, sent twice.' };
    const first = await postArgument(post(`/essays/${slug}/arguments`, alice.token, body, key), at(slug));
    const again = await postArgument(post(`/essays/${slug}/arguments`, alice.token, body, key), at(slug));
    expect([first.status, again.status]).toEqual([201, 201]);
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    const [a, b] = (await Promise.all([first.json(), again.json()])) as { argument: { id: string } }[];
    expect(b!.argument.id).toBe(a!.argument.id);
    expect(await db.argument.count({ where: { essayId, text: 'Rebutted once, sent twice.' } })).toBe(1);
  });
});
