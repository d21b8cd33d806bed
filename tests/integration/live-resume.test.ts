// Issue 9: "Cap how far back a client may resume; older → tell the client to reload."
import { describe, expect, it } from 'vitest';
import { describeRange } from '@/lib/domain/anchoring';
import { db } from '@/lib/server/db/client';
import { openEssayStream } from '@/lib/server/live/open-essay-stream';
import { createAnnotation } from '@/lib/server/services/annotation/create-annotation';
import { makeCohort, makeEssay, makeUser } from '@/prisma/factories';
import { readSse } from '@/tests/support/read-sse';

const TEXT = 'Jane Writer\nAlliances deter war. They also provoke rivals.';
const HOUR = 60 * 60 * 1000;

async function setUp() {
  const author = await makeUser(db);
  const reader = await makeUser(db);
  const cohort = await makeCohort(db, [
    { userId: author.id, role: 'MEMBER' },
    { userId: reader.id, role: 'MEMBER' },
  ]);
  const essay = await makeEssay(db, { cohortSlug: cohort.slug, text: TEXT });
  const revision = await db.essayRevision.findFirstOrThrow({ where: { essayId: essay.id }, select: { id: true, text: true } });
  const post = (body: string) =>
    createAnnotation(author.id, essay.slug, {
      revisionId: revision.id,
      motivation: 'COMMENTING',
      body,
      selectors: describeRange(revision.text, 12, 32),
    });
  return { reader, essay, post };
}

/** Opens the stream as `viewerId` from `lastId` and collects what arrives until `predicate` holds. */
async function open(viewerId: string, slug: string, lastId: bigint) {
  const abort = new AbortController();
  const sse = readSse(await openEssayStream({ viewerId, slug, lastId, signal: abort.signal }));
  return { sse, close: () => abort.abort() };
}

async function newestId(essayId: string): Promise<string> {
  const row = await db.essayEvent.findFirstOrThrow({ where: { essayId }, orderBy: { id: 'desc' }, select: { id: true } });
  return row.id.toString();
}

describe('resuming the live stream', () => {
  it('replays up to 1,000 missed events; at 1,001 the client is told to reload, then gets what comes next', async () => {
    const { reader, essay, post } = await setUp();
    const note = await post('the only note');
    // 999 more edits of it (as if edited many times): 1,000 events in all.
    await db.essayEvent.createMany({
      data: Array.from({ length: 999 }, () => ({ essayId: essay.id, type: 'annotation.updated', annotationId: note.id })),
    });

    const caughtUp = await newestId(essay.id);
    const near = await open(reader.id, essay.slug, 0n);
    await near.sse.until((m) => m.at(-1)?.id === caughtUp);
    near.close();
    // No reload: the backlog is replayed. The feed is read 500 events at a time and each read sends
    // the note once, as it is now, so it may come once or twice depending on when we stop listening.
    expect(near.sse.messages.every((m) => m.event === 'message')).toBe(true);
    for (const message of near.sse.messages) {
      // Another member's note: its words as the reader draws them, without the Markdown source.
      expect(JSON.parse(message.data)).toMatchObject({ annotation: { id: note.id, bodyHtml: '<p>the only note</p>\n' } });
    }

    await db.essayEvent.create({ data: { essayId: essay.id, type: 'annotation.updated', annotationId: note.id } });
    const atReload = await newestId(essay.id);
    const far = await open(reader.id, essay.slug, 0n);
    await far.sse.until((m) => m.length >= 1);
    const later = await post('written after the reload');
    await far.sse.until((m) => m.length >= 2);
    far.close();
    expect(far.sse.messages.map((m) => m.event)).toEqual(['reload', 'message']);
    expect(far.sse.messages[0]!.id).toBe(atReload);
    expect(JSON.parse(far.sse.messages[1]!.data)).toMatchObject({
      annotation: { id: later.id, bodyHtml: '<p>written after the reload</p>\n' },
    });
  });

  it('tells a client whose first missed event is over 24 hours old to reload; one that missed nothing resumes quietly', async () => {
    const { reader, essay, post } = await setUp();
    await post('written yesterday');
    await db.essayEvent.updateMany({ where: { essayId: essay.id }, data: { createdAt: new Date(Date.now() - 25 * HOUR) } });
    const lastId = BigInt(await newestId(essay.id));

    const stale = await open(reader.id, essay.slug, 0n);
    await stale.sse.until((m) => m.length >= 1);
    stale.close();
    expect(stale.sse.messages).toEqual([{ event: 'reload', id: lastId.toString(), data: '{}' }]);

    const current = await open(reader.id, essay.slug, lastId);
    const fresh = await post('written today');
    await current.sse.until((m) => m.length >= 1);
    current.close();
    expect(current.sse.messages.map((m) => [m.event, JSON.parse(m.data).annotation?.id])).toEqual([['message', fresh.id]]);
  });
});
