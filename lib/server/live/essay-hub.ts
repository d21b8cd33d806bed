import 'server-only';
import { EventEmitter } from 'node:events';
import pg from 'pg';
import type { TEssayEventView } from '@/lib/schemas/annotation';
import { isAnnotationVisibleTo } from '@/lib/server/access/annotation-access';
import { personHandle } from '@/lib/server/access/display-names';
import { db } from '@/lib/server/db/client';
import { env } from '@/lib/server/env';
import { ESSAY_EVENTS_CHANNEL } from '@/lib/server/live/record-essay-event';

// The live stream, per process. Writers append to EssayEvent and notify; every stream reads the
// feed by id, after the last id it sent — so a wake-up is only a hint: repeated or lost hints
// cannot cause duplicates or gaps, and a reconnecting client resumes from Last-Event-ID.
// Hints come from PostgreSQL LISTEN (other app instances) and from this process itself
// (`wakeEssay`, after a commit), because PGlite's socket does not deliver notifications.

type TSubscriber = { viewerId: string | null; lastId: bigint; send: (event: TEssayEventView) => void; pumping: Promise<void>; isClosed: boolean };

const globalHub = globalThis as unknown as { essayHub?: { wakeups: EventEmitter; listening: Promise<void> | null } };
const hub = (globalHub.essayHub ??= { wakeups: new EventEmitter().setMaxListeners(0), listening: null });

/** In-process hint that an essay's feed grew; call after the writing transaction committed. */
export function wakeEssay(essayId: string): void {
  hub.wakeups.emit(essayId);
}

function listenToPostgres(): Promise<void> {
  // One LISTEN connection per process; on a dropped connection, reconnect and wake everyone
  // (streams then catch up from their last ids).
  const connect = async (): Promise<void> => {
    const client = new pg.Client({ connectionString: env.DATABASE_URL });
    client.on('notification', (message) => message.payload && wakeEssay(message.payload));
    client.on('error', () => {
      hub.listening = null;
      client.end().catch(() => undefined);
      setTimeout(() => {
        hub.listening = connect().catch(() => undefined);
        for (const name of hub.wakeups.eventNames()) hub.wakeups.emit(name);
      }, 1000);
    });
    await client.connect();
    await client.query(`LISTEN ${ESSAY_EVENTS_CHANNEL}`);
  };
  return connect();
}

type TFeedPage = { id: bigint; payload: TEssayEventView }[];
// Subscribers of one essay usually stand at the same id: they share one in-flight read.
const inFlight = new Map<string, Promise<TFeedPage>>();

function readFeed(essayId: string, afterId: bigint): Promise<TFeedPage> {
  const key = `${essayId}:${afterId}`;
  let read = inFlight.get(key);
  if (!read) {
    read = queryFeed(essayId, afterId).finally(() => inFlight.delete(key));
    inFlight.set(key, read);
  }
  return read;
}

async function queryFeed(essayId: string, afterId: bigint): Promise<TFeedPage> {
  const rows = await db.essayEvent.findMany({
    where: { essayId, id: { gt: afterId } },
    orderBy: { id: 'asc' },
    take: 500,
    select: { id: true, payload: true },
  });
  return rows.map((row) => ({ id: row.id, payload: { ...(row.payload as Omit<TEssayEventView, 'id'>), id: row.id.toString() } }));
}

/** The newest event id of an essay: where a page that just rendered should start listening. */
export async function latestEssayEventId(essayId: string): Promise<bigint> {
  const latest = await db.essayEvent.findFirst({ where: { essayId }, orderBy: { id: 'desc' }, select: { id: true } });
  return latest?.id ?? 0n;
}

/**
 * Streams an essay's events after `lastId` to `send`, filtered for the viewer (the caller has
 * already checked they may read the essay). Returns an unsubscribe function.
 */
export function subscribeToEssay(essayId: string, viewerId: string | null, lastId: bigint, send: TSubscriber['send']): () => void {
  if (process.env.COUNTERPOINT_EMBEDDED !== '1') hub.listening ??= listenToPostgres().catch(() => undefined);
  const subscriber: TSubscriber = { viewerId, lastId, send, pumping: Promise.resolve(), isClosed: false };
  // Stored views name their author by handle; whether that is this viewer is decided here.
  const viewerHandle = viewerId === null ? Promise.resolve(null) : db.essay.findUnique({ where: { id: essayId }, select: { cohortId: true } }).then((essay) => personHandle(essay?.cohortId ?? null, viewerId));
  const pump = async () => {
    const handle = await viewerHandle;
    for (;;) {
      const events = await readFeed(essayId, subscriber.lastId);
      for (const event of events) {
        // A pump that was reading when the client went away must not send on its behalf.
        if (subscriber.isClosed) return;
        subscriber.lastId = event.id;
        const { annotation } = event.payload;
        if (isAnnotationVisibleTo(annotation, handle)) send({ ...event.payload, annotation: { ...annotation, author: { ...annotation.author, isViewer: annotation.author.handle === handle } } });
      }
      if (events.length < 500) return;
    }
  };
  // Serialise pumps per subscriber so events go out once and in order.
  const onWake = () => {
    subscriber.pumping = subscriber.pumping.then(pump).catch(() => undefined);
  };
  hub.wakeups.on(essayId, onWake);
  onWake(); // catch up on what happened before (or while) connecting
  return () => {
    subscriber.isClosed = true;
    hub.wakeups.off(essayId, onWake);
  };
}
