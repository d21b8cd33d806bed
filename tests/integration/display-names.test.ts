// Issue 9, "Pseudonyms hide nobody": a member's real name and user id must reach no plain member
// on any read path, while the cohort's staff see "pseudonym (real name)".
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { describeRange } from '@/lib/domain/anchoring';
import type { TEssayEventView } from '@/lib/schemas/annotation';
import { listAnnotationThreadsForViewer } from '@/lib/server/api-v1/list-annotation-threads';
import { listArgumentsPageForViewer } from '@/lib/server/api-v1/list-arguments-page';
import { db } from '@/lib/server/db/client';
import { subscribeToEssay } from '@/lib/server/live/essay-hub';
import { listAnnotationsForViewer } from '@/lib/server/queries/annotation/list-annotations-for-viewer';
import { getAuthorDesk } from '@/lib/server/queries/author/get-author-desk';
import { getCohortForViewer } from '@/lib/server/queries/cohort/get-cohort-for-viewer';
import { getFacilitatorView } from '@/lib/server/queries/facilitator/get-facilitator-view';
import { listQueueForViewer } from '@/lib/server/queries/moderation/list-queue-for-viewer';
import { getDebateForViewer } from '@/lib/server/queries/argument/get-debate-for-viewer';
import { getEssayForViewer } from '@/lib/server/queries/essay/get-essay-for-viewer';
import { listLedgerForViewer } from '@/lib/server/queries/moderation/list-ledger-for-viewer';
import { listNotificationsForViewer } from '@/lib/server/queries/notification/list-notifications-for-viewer';
import { getAnnotationCollectionForViewer } from '@/lib/server/queries/web-annotation/get-annotation-collection-for-viewer';
import { addArgument } from '@/lib/server/services/argument/add-argument';
import { createAnnotation } from '@/lib/server/services/annotation/create-annotation';
import { replyToAnnotation } from '@/lib/server/services/annotation/reply-to-annotation';
import { enablePseudonyms } from '@/lib/server/services/cohort/enable-pseudonyms';
import { setPseudonym } from '@/lib/server/services/cohort/set-pseudonym';
import { moderate } from '@/lib/server/services/moderation/moderate';
import { makeCohort, makeEssay, makeUser } from '@/prisma/factories';

const REAL = 'Zebediah Realname';
const PSEUDONYM = 'Quiet Heron';
const STAFF_SEES = 'Quiet Heron (Zebediah Realname)';

let zeb: string;
let reader: string;
let moderator: string;
let essayAuthor: string;
let cohortId: string;
let essayId: string;
let slug: string;

/** Everything the live feed replays from its start to this viewer. */
async function replay(viewerId: string, expectedCount: number): Promise<TEssayEventView[]> {
  const received: TEssayEventView[] = [];
  const unsubscribe = subscribeToEssay({
    essayId,
    viewerId,
    lastId: 0n,
    onEvent: (event) => received.push(event),
    onReload: () => undefined,
  });
  const started = Date.now();
  while (received.length < expectedCount && Date.now() - started < 10_000) await new Promise((resolve) => setTimeout(resolve, 20));
  unsubscribe();
  return received;
}

/** Every read path that names a person, as this viewer reads it, as one string. */
async function everythingReadBy(viewerId: string): Promise<string> {
  return JSON.stringify([
    await listAnnotationsForViewer(viewerId, essayId),
    await listAnnotationThreadsForViewer(viewerId, slug, { limit: 50 }),
    await listArgumentsPageForViewer(viewerId, slug, { limit: 50 }),
    (await getDebateForViewer(viewerId, slug)).arguments,
    await listLedgerForViewer(viewerId, cohortId),
    await getAnnotationCollectionForViewer(viewerId, slug, { origin: 'http://counterpoint.test', page: 'all' }),
    await replay(viewerId, 2),
  ]);
}

beforeAll(async () => {
  zeb = (await makeUser(db, REAL)).id;
  reader = (await makeUser(db, 'Plain Reader')).id;
  moderator = (await makeUser(db, 'Mo Derator')).id;
  essayAuthor = (await makeUser(db, 'Essay Author')).id;
  const cohort = await makeCohort(db, [
    { userId: essayAuthor, role: 'AUTHOR' },
    { userId: zeb, role: 'MEMBER' },
    { userId: reader, role: 'MEMBER' },
    { userId: moderator, role: 'MODERATOR' },
  ]);
  cohortId = cohort.id;
  await db.cohort.update({ where: { id: cohortId }, data: { allowPseudonyms: true } });
  await db.membership.update({ where: { cohortId_userId: { cohortId, userId: zeb } }, data: { pseudonym: PSEUDONYM } });
  const essay = await makeEssay(db, { cohortSlug: cohort.slug });
  essayId = essay.id;
  slug = essay.slug;
  await db.essay.update({ where: { id: essayId }, data: { authorUserId: essayAuthor } });
  const revision = await db.essayRevision.findFirstOrThrow({ where: { essayId }, select: { id: true, text: true } });
  const claim = await db.claim.findFirstOrThrow({ where: { essayId }, select: { id: true } });

  const readersNote = await createAnnotation(reader, slug, {
    revisionId: revision.id,
    motivation: 'COMMENTING',
    body: 'Is this so?',
    selectors: describeRange(revision.text, 12, 32),
  });
  await replyToAnnotation(zeb, readersNote.id, { body: 'It is, in the record.' });
  const argument = await addArgument(zeb, slug, {
    target: { type: 'claim', id: claim.id },
    stance: 'ATTACK',
    attackKind: 'REBUT',
    text: 'Alliances drag members into wars.',
  });
  await addArgument(zeb, slug, { target: { type: 'claim', id: claim.id }, stance: 'SUPPORT', text: 'Deterrence held in 1962.' });
  await addArgument(zeb, slug, {
    target: { type: 'claim', id: claim.id },
    stance: 'ATTACK',
    attackKind: 'REBUT',
    text: 'Deterrence also fails.',
  });
  await moderate(moderator, cohortId, { kind: 'HIDE', target: { type: 'argument', id: argument.id }, reason: 'Off topic for this claim.' });
});

describe('display names on pages', () => {
  it('lists members to a plain member by pseudonym, with no user id but their own', async () => {
    const page = await getCohortForViewer(reader, cohortId);
    const wire = JSON.stringify(page);
    expect(wire).not.toContain('Zebediah');
    expect(wire).not.toContain(zeb);
    expect(page.memberships.map((m) => m.displayName)).toContain(PSEUDONYM);
    expect(page.memberships.filter((m) => m.userId !== null).map((m) => m.userId)).toEqual([reader]);
  });

  it("names the reader to themselves by the name they chose in the essay's cohort", async () => {
    // The composer's "as …": a member's pseudonym, never their real name; a member without one by name.
    expect((await getEssayForViewer(zeb, slug)).viewerName).toBe(PSEUDONYM);
    expect((await getEssayForViewer(reader, slug)).viewerName).toBe('Plain Reader');
    expect((await getEssayForViewer(moderator, slug)).viewerName).toBe('Mo Derator');
    // On a public essay there is no cohort to choose a name in.
    const open = await makeEssay(db);
    expect((await getEssayForViewer(zeb, open.slug)).viewerName).toBe(REAL);
    expect((await getEssayForViewer(null, open.slug)).viewerName).toBeNull();
  });

  it('lists members to a moderator as "pseudonym (real name)"', async () => {
    const page = await getCohortForViewer(moderator, cohortId);
    expect(page.memberships.map((m) => m.displayName)).toContain(STAFF_SEES);
  });

  it('shows staff "pseudonym (real name)" in the moderation queue and the facilitator view', async () => {
    const [argument] = (await getDebateForViewer(reader, slug)).arguments.filter((a) => a.text === 'Deterrence also fails.');
    await db.flag.create({ data: { cohortId, reporterId: reader, argumentId: argument!.id, reason: 'OFF_TOPIC' } });
    const queue = await listQueueForViewer(moderator, cohortId);
    expect(queue.map((row) => row.argument?.author.name)).toContain(STAFF_SEES);
    const facilitator = await getFacilitatorView(moderator, slug);
    expect(facilitator.participation.map((row) => row.name)).toContain(STAFF_SEES);
  });

  it("names critics on the author's desk by pseudonym", async () => {
    const desk = await getAuthorDesk(essayAuthor, slug);
    const wire = JSON.stringify(desk);
    expect(desk.critiques.map((c) => c.critic)).toContain(PSEUDONYM);
    expect(wire).not.toContain('Zebediah');
    expect(wire).not.toContain(zeb);
  });
});

describe('display names', () => {
  it('shows a plain member the pseudonym on every path, never the real name or user id', async () => {
    const wire = await everythingReadBy(reader);
    expect(wire).toContain(PSEUDONYM);
    expect(wire).not.toContain('Zebediah');
    expect(wire).not.toContain(zeb);
  });

  it('names the replier by pseudonym in the reply notification', async () => {
    const notices = await listNotificationsForViewer(reader);
    expect(JSON.stringify(notices)).not.toContain('Zebediah');
    expect(notices.items.map((n) => n.title)).toContain('Quiet Heron replied to your note.');
  });

  it('says "Hid Quiet Heron’s argument" in the ledger, to members', async () => {
    const [entry] = await listLedgerForViewer(reader, cohortId);
    expect(entry?.subject).toMatchObject({ name: PSEUDONYM, isViewer: false });
  });

  it('shows moderators who is behind the pseudonym', async () => {
    const wire = await everythingReadBy(moderator);
    expect(wire).toContain(STAFF_SEES);
    const [note] = (await listAnnotationsForViewer(moderator, essayId)).filter((n) => n.parentId !== null);
    expect(note?.author.name).toBe(STAFF_SEES);
  });

  it('shows the member their own pseudonym, marked as theirs', async () => {
    const [argument] = (await getDebateForViewer(zeb, slug)).arguments;
    expect(argument?.author).toMatchObject({ name: PSEUDONYM, isViewer: true });
  });

  it('gives one author the same handle on every note, and another author another', async () => {
    const notes = await listAnnotationsForViewer(reader, essayId);
    const args = (await getDebateForViewer(reader, slug)).arguments;
    const zebHandles = new Set([...notes.filter((n) => n.parentId !== null), ...args].map((x) => x.author.handle));
    expect(zebHandles.size).toBe(1);
    const readerHandle = notes.find((n) => n.parentId === null)!.author.handle;
    expect(zebHandles.has(readerHandle)).toBe(false);
  });
});

describe('choosing a pseudonym', () => {
  it('is for the cohort alone: outsiders get a 404, moderators may not turn pseudonyms on, nothing is written', async () => {
    const owner = (await makeUser(db, 'Olga Owner')).id;
    const moderator = (await makeUser(db, 'Mona Moderator')).id;
    const outsider = (await makeUser(db, 'Ozzy Outside')).id;
    const cohort = await makeCohort(db, [
      { userId: owner, role: 'OWNER' },
      { userId: moderator, role: 'MODERATOR' },
    ]);
    await expect(enablePseudonyms(outsider, cohort.id, { allowPseudonyms: true })).rejects.toMatchObject({ status: 404 });
    await expect(enablePseudonyms(moderator, cohort.id, { allowPseudonyms: true })).rejects.toMatchObject({ status: 403 });
    await expect(setPseudonym(outsider, cohort.id, { pseudonym: 'Lurker' })).rejects.toMatchObject({ status: 404 });
    const after = await db.cohort.findUniqueOrThrow({ where: { id: cohort.id }, select: { allowPseudonyms: true } });
    expect(after.allowPseudonyms).toBe(false);
    expect(await db.membership.count({ where: { cohortId: cohort.id, pseudonym: { not: null } } })).toBe(0);
  });

  it('lets an owner turn pseudonyms on for an existing cohort, and members then pick one', async () => {
    const owner = (await makeUser(db, 'Olive Owner')).id;
    const member = (await makeUser(db, 'Priya Plainname')).id;
    const other = (await makeUser(db, 'Otto Other')).id;
    const cohort = await makeCohort(db, [
      { userId: owner, role: 'OWNER' },
      { userId: member, role: 'MEMBER' },
      { userId: other, role: 'MEMBER' },
    ]);
    await expect(setPseudonym(member, cohort.id, { pseudonym: 'Night Owl' })).rejects.toMatchObject({
      status: 400,
      message: expect.stringMatching(/owner can turn them on/),
    });
    await expect(enablePseudonyms(member, cohort.id, { allowPseudonyms: true })).rejects.toMatchObject({ status: 403 });
    await expect(enablePseudonyms(owner, cohort.id, { allowPseudonyms: false })).rejects.toMatchObject({
      status: 400,
      message: expect.stringMatching(/not off/),
    });
    expect(await enablePseudonyms(owner, cohort.id, { allowPseudonyms: true })).toEqual({ allowPseudonyms: true });

    expect(await setPseudonym(member, cohort.id, { pseudonym: 'Night Owl' })).toEqual({ pseudonym: 'Night Owl' });
    const seen = await getCohortForViewer(other, cohort.id);
    expect(seen.memberships.map((m) => m.displayName)).toContain('Night Owl');
    expect(JSON.stringify(seen)).not.toContain('Priya');

    // Unique per cohort, whatever the case; nothing is written.
    await expect(setPseudonym(other, cohort.id, { pseudonym: 'night owl' })).rejects.toMatchObject({
      status: 409,
      message: 'Someone in this cohort already goes by “night owl”. Pick another pseudonym.',
    });
    expect(
      (
        await db.membership.findUniqueOrThrow({
          where: { cohortId_userId: { cohortId: cohort.id, userId: other } },
          select: { pseudonym: true },
        })
      ).pseudonym,
    ).toBeNull();
    await expect(setPseudonym(other, cohort.id, { pseudonym: 'x' })).rejects.toMatchObject({
      status: 400,
      message: expect.stringMatching(/2 characters/),
    });

    // Changed, then dropped: back to the name.
    expect(await setPseudonym(member, cohort.id, { pseudonym: 'Barn Owl' })).toEqual({ pseudonym: 'Barn Owl' });
    expect(await setPseudonym(member, cohort.id, { pseudonym: null })).toEqual({ pseudonym: null });
    expect((await getCohortForViewer(other, cohort.id)).memberships.map((m) => m.displayName)).toContain('Priya Plainname');
  });
});

describe('handles', () => {
  afterEach(() => vi.unstubAllEnvs());

  it('are stable for a person within a cohort, differ across cohorts, and change with the secret', async () => {
    const { personHandle } = await import('@/lib/server/access/display-names');
    const first = personHandle('cohort-a', 'user-1');
    expect(personHandle('cohort-a', 'user-1')).toBe(first);
    expect(personHandle('cohort-b', 'user-1')).not.toBe(first);
    expect(personHandle(null, 'user-1')).not.toBe(first);
    expect(personHandle('cohort-a', 'user-2')).not.toBe(first);
    // A rotated secret must not keep answering handles made with the old one (they are remembered).
    vi.stubEnv('NEXTAUTH_SECRET', 'a-rotated-secret-of-enough-length');
    expect(personHandle('cohort-a', 'user-1')).not.toBe(first);
    vi.unstubAllEnvs();
    expect(personHandle('cohort-a', 'user-1')).toBe(first);
  });
});
