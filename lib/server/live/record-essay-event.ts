import 'server-only';
import { Prisma } from '@/lib/generated/prisma/client';
import type { TEssayEventView } from '@/lib/schemas/annotation';
import type { TDb, TTx } from '@/lib/server/db/client';

export const ESSAY_EVENTS_CHANNEL = 'essay_events';
/** The feed entry of a change to the essay's reading settings: streams tell their readers to reload. */
export const ESSAY_SETTINGS_EVENT = 'essay.settings';

/**
 * The two statements that append to the essay's change feed inside the writer's transaction, so
 * an event exists exactly when its change does. pg_notify is transactional too: listeners hear of
 * it only on commit. Only the note's id is kept — never its words: the stream reads the note as it
 * is when it delivers (see essay-hub.ts), so nothing edited away, hidden or deleted can be replayed.
 * Run them in order, last in the transaction: the lock is held from the first until commit.
 * @example await db.$transaction([writeTheNote, ...essayEventStatements(db, essayId, 'annotation.created', id)]);
 */
export function essayEventStatements(
  client: TDb | TTx,
  essayId: string,
  type: TEssayEventView['type'] | typeof ESSAY_SETTINGS_EVENT,
  annotationId: string | null,
): [Prisma.PrismaPromise<number>, Prisma.PrismaPromise<number>] {
  return [
    // Readers resume "after the last id they saw", which is only gap-free if an essay's events
    // become visible in id order. Ids come from a sequence at insert time, not at commit, so two
    // writers could commit out of order; this lock (held to commit) makes them take turns per essay.
    client.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${essayId}))`,
    client.$executeRaw`
      WITH appended AS (INSERT INTO "EssayEvent" ("essayId", type, "annotationId") VALUES (${essayId}, ${type}, ${annotationId}) RETURNING 1)
      SELECT pg_notify(${ESSAY_EVENTS_CHANNEL}, ${essayId}) FROM appended`,
  ];
}

/**
 * The same append as essayEventStatements, as CTEs of a write that is one statement (and so its
 * own transaction): `feed_lock` takes the essay's lock once the write's CTE `note` has its row,
 * `appended` takes the event's id from the sequence only under the lock (it reads `feed_lock`),
 * and `notified` queues the NOTIFY for commit. The lock is held from there to the statement's
 * commit with no round trip in between, which is what lets writers of one essay take turns fast.
 * The statement's final SELECT must read `notified`: a CTE that only SELECTs runs only when read.
 */
export function essayEventCtes(essayId: string, type: TEssayEventView['type'], annotationId: string): Prisma.Sql {
  return Prisma.sql`
    feed_lock AS (SELECT pg_advisory_xact_lock(hashtext(${essayId}::text)) AS locked FROM note),
    appended AS (
      INSERT INTO "EssayEvent" ("essayId", type, "annotationId")
      SELECT ${essayId}::text, ${type}::text, ${annotationId}::text FROM feed_lock RETURNING id
    ),
    notified AS (SELECT pg_notify(${ESSAY_EVENTS_CHANNEL}::text, ${essayId}::text) AS queued FROM appended)`;
}

/**
 * Appends to the essay's change feed inside an interactive transaction (essayEventStatements, in
 * order). Returns the essay id for `wakeEssay` (in-process delivery, which the embedded mode relies on).
 */
export async function recordEssayEvent(
  tx: TTx,
  essayId: string,
  type: TEssayEventView['type'],
  annotation: { id: string },
): Promise<string> {
  const [lock, append] = essayEventStatements(tx, essayId, type, annotation.id);
  await lock;
  await append;
  return essayId;
}
