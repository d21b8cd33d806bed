import pg from 'pg';
import { describe, expect, it } from 'vitest';
import { describeRange } from '@/lib/domain/anchoring';
import type { TEssayEventView } from '@/lib/schemas/annotation';
import { db } from '@/lib/server/db/client';
import { subscribeToEssay } from '@/lib/server/live/essay-hub';
import { createAnnotation } from '@/lib/server/services/annotation/create-annotation';
import { makeCohort, makeEssay, makeUser } from '@/prisma/factories';
import { latestEssayEventId } from '@/tests/support/feed-position';

const TEXT = 'Jane Writer\nAlliances deter war. They also provoke rivals.';

/** Resolves once `events` holds `count` items (the hub delivers asynchronously). */
function until(events: TEssayEventView[], count: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const started = Date.now();
    const check = () => {
      if (events.length >= count) return resolve();
      if (Date.now() - started > 10_000) return reject(new Error(`only ${events.length} of ${count} events arrived`));
      setTimeout(check, 10);
    };
    check();
  });
}

// A reload would show up as a 'RELOAD' body and fail the body assertions below.
function subscribe(essayId: string, viewerId: string, lastId: bigint, received: TEssayEventView[]): () => void {
  return subscribeToEssay({
    essayId,
    viewerId,
    lastId,
    onEvent: (event) => received.push(event),
    onReload: (id) => received.push({ id, type: 'annotation.created', annotation: { body: 'RELOAD' } } as TEssayEventView),
  });
}

describe('the live feed', () => {
  it('delivers new notes, and after a dropped connection resumes from the last id with no gaps or duplicates', async () => {
    const author = await makeUser(db);
    const reader = await makeUser(db);
    const cohort = await makeCohort(db, [
      { userId: author.id, role: 'MEMBER' },
      { userId: reader.id, role: 'MEMBER' },
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

    const received: TEssayEventView[] = [];
    let unsubscribe = subscribe(essay.id, reader.id, await latestEssayEventId(essay.id), received);
    await post('one');
    await post('two');
    await post('mine only', 'PRIVATE');
    await until(received, 2);

    unsubscribe(); // the connection drops…
    await post('three');
    await post('four');
    const lastSeen = BigInt(received.at(-1)!.id);
    unsubscribe = subscribe(essay.id, reader.id, lastSeen, received); // …and resumes
    await post('five');
    await until(received, 5);
    unsubscribe();

    expect(received.map((e) => e.annotation.bodyHtml)).toEqual(['one', 'two', 'three', 'four', 'five'].map((w) => `<p>${w}</p>\n`));
    expect(new Set(received.map((e) => e.id)).size).toBe(5);
    expect(received.every((e) => e.type === 'annotation.created')).toBe(true);
  });

  it('misses nothing when many readers write at once (events become visible in id order)', async () => {
    const writers = await Promise.all(Array.from({ length: 5 }, () => makeUser(db)));
    const reader = await makeUser(db);
    const cohort = await makeCohort(
      db,
      [...writers, reader].map((u) => ({ userId: u.id, role: 'MEMBER' as const })),
    );
    const essay = await makeEssay(db, { cohortSlug: cohort.slug, text: TEXT });
    const revision = await db.essayRevision.findFirstOrThrow({ where: { essayId: essay.id }, select: { id: true, text: true } });
    const received: TEssayEventView[] = [];
    const unsubscribe = subscribe(essay.id, reader.id, await latestEssayEventId(essay.id), received);
    await Promise.all(
      Array.from({ length: 30 }, (_, i) =>
        createAnnotation(writers[i % 5]!.id, essay.slug, {
          revisionId: revision.id,
          motivation: 'COMMENTING',
          body: `n${i}`,
          selectors: describeRange(revision.text, 12, 32),
        }),
      ),
    );
    await until(received, 30);
    unsubscribe();
    expect(new Set(received.map((e) => e.annotation.bodyHtml)).size).toBe(30);
    expect(received).toHaveLength(30);
  });

  it("takes a note's event id only under the essay's feed lock, so an event committed first has the smaller id", async () => {
    const author = await makeUser(db);
    const cohort = await makeCohort(db, [{ userId: author.id, role: 'MEMBER' }]);
    const essay = await makeEssay(db, { cohortSlug: cohort.slug, text: TEXT });
    const revision = await db.essayRevision.findFirstOrThrow({ where: { essayId: essay.id }, select: { id: true, text: true } });
    // Another writer of the essay, on a connection of its own, holds the feed lock.
    const other = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await other.connect();
    try {
      await other.query('BEGIN');
      await other.query('SELECT pg_advisory_xact_lock(hashtext($1))', [essay.id]);
      const writing = createAnnotation(author.id, essay.slug, {
        revisionId: revision.id,
        motivation: 'COMMENTING',
        body: 'written while the lock was held',
        selectors: describeRange(revision.text, 12, 32),
      });
      // The note waits for the lock before its event takes an id; meanwhile nothing of it is visible.
      const waitingOnLock = async () =>
        (
          await other.query(
            `SELECT 1 FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock' AND wait_event = 'advisory'`,
          )
        ).rowCount! > 0;
      const deadline = Date.now() + 10_000;
      while (!(await waitingOnLock())) {
        if (Date.now() > deadline) throw new Error('the note never waited for the feed lock');
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      expect(await db.annotation.count({ where: { essayId: essay.id } })).toBe(0);
      const { rows } = await other.query<{ id: string }>(
        `INSERT INTO "EssayEvent" ("essayId", type) VALUES ($1, 'essay.settings') RETURNING id::text`,
        [essay.id],
      );
      await other.query('COMMIT');
      const note = await writing;
      const events = await db.essayEvent.findMany({
        where: { essayId: essay.id },
        orderBy: { id: 'asc' },
        select: { id: true, annotationId: true },
      });
      expect(events.map((event) => event.annotationId)).toEqual([null, note.id]);
      expect(events[0]!.id).toBe(BigInt(rows[0]!.id));
    } finally {
      await other.end();
    }
  });
});
