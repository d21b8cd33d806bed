// Issue 9: "An open live stream keeps delivering a private cohort's events after the member is
// removed, suspended or signs out: re-check access on membership changes and at least every
// minute; close the stream when access ends; cap streams per user."
import { afterEach, describe, expect, it } from 'vitest';
import { describeRange } from '@/lib/domain/anchoring';
import { db } from '@/lib/server/db/client';
import { signalSignOut } from '@/lib/server/live/access-signals';
import { openEssayStream } from '@/lib/server/live/open-essay-stream';
import { createAnnotation } from '@/lib/server/services/annotation/create-annotation';
import { removeMember } from '@/lib/server/services/cohort/change-member-role';
import { moderate } from '@/lib/server/services/moderation/moderate';
import { makeCohort, makeEssay, makeUser } from '@/prisma/factories';
import { readSse } from '@/tests/support/read-sse';

const TEXT = 'Jane Writer\nAlliances deter war. They also provoke rivals.';

afterEach(() => {
  delete process.env.COUNTERPOINT_LIVE_RECHECK_MS;
});

async function setUp() {
  const owner = await makeUser(db);
  const reader = await makeUser(db);
  const other = await makeUser(db);
  const cohort = await makeCohort(db, [
    { userId: owner.id, role: 'OWNER' },
    { userId: reader.id, role: 'MEMBER' },
    { userId: other.id, role: 'MEMBER' },
  ]);
  const essay = await makeEssay(db, { cohortSlug: cohort.slug, text: TEXT });
  const revision = await db.essayRevision.findFirstOrThrow({ where: { essayId: essay.id }, select: { id: true, text: true } });
  const post = (body: string) =>
    createAnnotation(owner.id, essay.slug, {
      revisionId: revision.id,
      motivation: 'COMMENTING',
      body,
      selectors: describeRange(revision.text, 12, 32),
    });
  return { owner, reader, other, cohort, essay, post };
}

async function open(viewerId: string | null, slug: string) {
  const abort = new AbortController();
  const sse = readSse(await openEssayStream({ viewerId, slug, lastId: 0n, signal: abort.signal }));
  return { sse, close: () => abort.abort() };
}

/** Milliseconds until the stream has been closed by the server (or `ms` if it never was). */
async function closedWithin(sse: ReturnType<typeof readSse>, ms: number): Promise<number> {
  const started = Date.now();
  await sse.until(() => false, ms);
  return Date.now() - started;
}

describe('who keeps an open live stream', () => {
  it('a removed member, even with no notification (embedded mode): the periodic re-check closes the stream within its interval; nothing after the removal arrives', async () => {
    process.env.COUNTERPOINT_LIVE_RECHECK_MS = '300';
    const { owner, reader, cohort, essay, post } = await setUp();
    const stream = await open(reader.id, essay.slug);
    await post('before the removal');
    await stream.sse.until((m) => m.length >= 1);

    // As in the embedded mode, where no notification reaches the app: only the timer can notice.
    await db.$executeRawUnsafe('ALTER TABLE "Membership" DISABLE TRIGGER "Membership_notify_live_access"');
    try {
      await removeMember(owner.id, cohort.id, reader.id);
    } finally {
      await db.$executeRawUnsafe('ALTER TABLE "Membership" ENABLE TRIGGER "Membership_notify_live_access"');
    }
    await post('AFTER_REMOVAL private words');
    const elapsed = await closedWithin(stream.sse, 5_000);
    stream.close();

    expect(stream.sse.isClosed()).toBe(true);
    expect(elapsed).toBeLessThan(2_000);
    expect(stream.sse.messages.at(-1)).toMatchObject({ event: 'closed' });
    expect(JSON.stringify(stream.sse.messages)).not.toContain('AFTER_REMOVAL');
  });

  it('a suspended member: the membership change itself closes the stream at once, long before the one-minute check', async () => {
    const { owner, reader, other, cohort, essay } = await setUp(); // default interval: 60 s
    const suspended = await open(reader.id, essay.slug);
    const bystander = await open(other.id, essay.slug);
    await moderate(owner.id, cohort.id, { kind: 'SUSPEND', userId: reader.id, days: 3, reason: 'Repeated incivility.' });
    const elapsed = await closedWithin(suspended.sse, 10_000);
    suspended.close();

    expect(suspended.sse.isClosed()).toBe(true);
    expect(elapsed).toBeLessThan(5_000);
    expect(JSON.parse(suspended.sse.messages.at(-1)!.data)).toEqual({ reason: 'You are suspended from this cohort for now.' });
    expect(bystander.sse.isClosed()).toBe(false);
    bystander.close();
    // …and a new stream is refused while the suspension lasts.
    await expect(open(reader.id, essay.slug)).rejects.toMatchObject({ status: 403 });
  });

  it('a user who signs out: their streams close, other people’s stay open', async () => {
    const { reader, other, essay } = await setUp();
    const mine = await open(reader.id, essay.slug);
    const theirs = await open(other.id, essay.slug);
    await signalSignOut(reader.id);
    await closedWithin(mine.sse, 5_000);
    mine.close();

    expect(mine.sse.isClosed()).toBe(true);
    expect(JSON.parse(mine.sse.messages.at(-1)!.data)).toEqual({ reason: 'You signed out.' });
    expect(theirs.sse.isClosed()).toBe(false);
    theirs.close();
  });

  it('nobody outside the cohort opens one (404, as for a missing essay), nor anyone signed out on a public essay (401)', async () => {
    const { essay } = await setUp();
    const outsider = await makeUser(db);
    await expect(open(outsider.id, essay.slug)).rejects.toMatchObject({ status: 404 });
    await expect(open(null, essay.slug)).rejects.toMatchObject({ status: 404 });
    const publicEssay = await makeEssay(db, { text: TEXT });
    await expect(open(null, publicEssay.slug)).rejects.toMatchObject({ status: 401 });
    const signedIn = await open(outsider.id, publicEssay.slug);
    expect(signedIn.sse.isClosed()).toBe(false);
    signedIn.close();
  });

  it('five streams per user: the sixth is refused with 429 and a message, and a closed one frees its place', async () => {
    const { reader, essay } = await setUp();
    const streams = await Promise.all(Array.from({ length: 5 }, () => open(reader.id, essay.slug)));
    const sixth = open(reader.id, essay.slug);
    await expect(sixth).rejects.toMatchObject({
      status: 429,
      message: 'You already follow 5 essays live (one per open tab). Close a tab you no longer read, then reload this page.',
    });

    streams[0]!.close();
    const again = await open(reader.id, essay.slug);
    again.close();
    for (const stream of streams.slice(1)) stream.close();
    // All closed: the user starts afresh.
    const fresh = await Promise.all(Array.from({ length: 5 }, () => open(reader.id, essay.slug)));
    for (const stream of fresh) stream.close();
  });
});
