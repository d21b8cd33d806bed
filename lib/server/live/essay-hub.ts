import 'server-only';
import { EventEmitter } from 'node:events';
import type { TEssayEventView } from '@/lib/schemas/annotation';
import { db } from '@/lib/server/db/client';
import { dbPool } from '@/lib/server/db/pool';
import { env } from '@/lib/server/env';
import { emitAccessSignal, LIVE_ACCESS_CHANNEL } from '@/lib/server/live/access-signals';
import { ESSAY_EVENTS_CHANNEL, ESSAY_SETTINGS_EVENT } from '@/lib/server/live/record-essay-event';
import { startLiveListener, type TLiveListener } from '@/lib/server/live/live-listener';
import { closeBeforeExit } from '@/lib/server/process/shutdown';
import { resumePoint } from '@/lib/server/live/resume-point';
import { readAnnotationsForViewer } from '@/lib/server/queries/annotation/list-annotations-for-viewer';

// The live stream, per process. Writers append to EssayEvent and notify; every stream reads the
// feed by id, after the last id it sent — so a wake-up is only a hint: repeated or lost hints
// cannot cause duplicates or gaps, and a reconnecting client resumes from Last-Event-ID.
// Hints come from PostgreSQL LISTEN (other app instances) and from this process itself
// (`wakeEssay`, after a commit), because PGlite's socket does not deliver notifications.

// `seesOthers`: whether the viewer saw others' notes at the last delivery ("post before you see").
type TSubscriber = { lastId: bigint; isClosed: boolean; pumping: Promise<void>; seesOthers: boolean };

const globalHub = globalThis as unknown as { essayHub?: { wakeups: EventEmitter; listener: TLiveListener | null } };
const hub = (globalHub.essayHub ??= { wakeups: new EventEmitter().setMaxListeners(0), listener: null });

/** A stream whose read failed (the database went away) tries again after this long. */
const RETRY_READ_MS = 2_000;

/** In-process hint that an essay's feed grew; call after the writing transaction committed. */
export function wakeEssay(essayId: string): void {
  hub.wakeups.emit(essayId);
}

const isEmbedded = () => process.env.COUNTERPOINT_EMBEDDED === '1';

/**
 * The process's one LISTEN connection, started on first use (live-listener.ts; null embedded,
 * where PGlite's socket delivers no notifications). Each time it is subscribed — at start and
 * after every reconnect — every open stream is woken and reads the feed after its last id, so
 * what was written while the connection was down arrives once, in order.
 */
export function liveListener(): TLiveListener | null {
  if (isEmbedded()) return null;
  if (!hub.listener) closeBeforeExit('live listener', stopLiveListener);
  hub.listener ??= startLiveListener(
    env.DATABASE_URL,
    { [ESSAY_EVENTS_CHANNEL]: wakeEssay, [LIVE_ACCESS_CHANNEL]: emitAccessSignal },
    () => {
      for (const name of hub.wakeups.eventNames()) hub.wakeups.emit(name);
    },
  );
  return hub.listener;
}

/** Whether the LISTEN connection hears a notification sent now (for /api/ready); true embedded, where delivery is in-process. */
export async function isLiveListenerConnected(timeoutMs = 1_000): Promise<boolean> {
  const listener = liveListener();
  if (!listener) return true;
  return listener.probe((channel, payload) => dbPool().query('SELECT pg_notify($1, $2)', [channel, payload]), timeoutMs);
}

/** Closes the LISTEN connection (shutdown, tests); the next stream opens a new one. */
export async function stopLiveListener(): Promise<void> {
  const listener = hub.listener;
  hub.listener = null;
  await listener?.end();
}

// What the feed holds: which note changed and how — never its words (see record-essay-event.ts) —
// or that the essay's reading settings changed ('essay.settings', no note).
type TFeedEntry = { id: bigint; type: TEssayEventView['type'] | typeof ESSAY_SETTINGS_EVENT; annotationId: string | null };
const FEED_PAGE = 500;
// Subscribers of one essay usually stand at the same id: they share one in-flight read.
const inFlight = new Map<string, Promise<TFeedEntry[]>>();

function readFeed(essayId: string, afterId: bigint): Promise<TFeedEntry[]> {
  const key = `${essayId}:${afterId}`;
  let read = inFlight.get(key);
  if (!read) {
    read = queryFeed(essayId, afterId).finally(() => inFlight.delete(key));
    inFlight.set(key, read);
  }
  return read;
}

async function queryFeed(essayId: string, afterId: bigint): Promise<TFeedEntry[]> {
  const rows = await db.essayEvent.findMany({
    where: { essayId, id: { gt: afterId } },
    orderBy: { id: 'asc' },
    take: FEED_PAGE,
    select: { id: true, type: true, annotationId: true },
  });
  return rows.map((row) => ({ ...row, type: row.type as TFeedEntry['type'] }));
}

/**
 * One page of the feed as this viewer may see it now: the notes are read in one query through
 * the same viewer-aware list the page and the API use, so an edited note comes with its latest
 * words, a hidden or deleted one as its placeholder, and someone else's private note not at all.
 * Each note goes out once per page, at its last event (every copy would carry the same state).
 */
async function toViewerEvents(
  essayId: string,
  viewerId: string | null,
  entries: TFeedEntry[],
): Promise<{ events: TEssayEventView[]; seesOthers: boolean }> {
  const lastOfNote = new Map<string, TFeedEntry & { annotationId: string }>();
  for (const entry of entries) {
    if (entry.annotationId === null) continue;
    lastOfNote.delete(entry.annotationId);
    lastOfNote.set(entry.annotationId, { ...entry, annotationId: entry.annotationId });
  }
  // SECURITY: a viewer who has not unlocked "post before you see" is sent their own notes only.
  const { views, seesOthers } = await readAnnotationsForViewer(viewerId, essayId, { ids: [...lastOfNote.keys()] });
  const viewById = new Map(views.map((view) => [view.id, view]));
  const events = [...lastOfNote.values()].flatMap((entry) => {
    const annotation = viewById.get(entry.annotationId);
    return annotation && entry.type !== ESSAY_SETTINGS_EVENT ? [{ id: entry.id.toString(), type: entry.type, annotation }] : [];
  });
  return { events, seesOthers };
}

export type TEssaySubscription = {
  essayId: string;
  viewerId: string | null;
  /** Whether the viewer sees others' notes as the stream opens (TEssayAccess.seesOthers). */
  seesOthers?: boolean;
  /** The last event id the client saw (0: none). */
  lastId: bigint;
  onEvent: (event: TEssayEventView) => void;
  /** The client is too far behind to catch up by events: it must reload its notes; the stream goes on after `atId`. */
  onReload: (atId: string) => void;
};

/**
 * Streams an essay's events after `lastId` to `onEvent`, each carrying the note's current state
 * as this viewer may see it (the caller has already checked they may read the essay). A client
 * too far behind gets `onReload` instead of the backlog (see resume-point.ts). Returns an
 * unsubscribe function.
 */
export function subscribeToEssay({ essayId, viewerId, lastId, onEvent, onReload, seesOthers = true }: TEssaySubscription): () => void {
  liveListener();
  const subscriber: TSubscriber = { lastId, isClosed: false, pumping: Promise.resolve(), seesOthers };
  const pump = async () => {
    for (;;) {
      const entries = await readFeed(essayId, subscriber.lastId);
      if (entries.length === 0 || subscriber.isClosed) return;
      const { events, seesOthers: seesNow } = await toViewerEvents(essayId, viewerId, entries);
      const hasJustUnlocked = !subscriber.seesOthers && seesNow;
      subscriber.seesOthers = seesNow;
      // The page must be drawn again, not patched, when the viewer has just unlocked the
      // cohort's notes (their first note) or the reading settings changed (closed, window,
      // post before you see): a reload notice at the newest entry, and the notes after it.
      const settingsAt = entries.findLastIndex((entry) => entry.type === ESSAY_SETTINGS_EVENT);
      const reloadAt = hasJustUnlocked ? entries.length - 1 : settingsAt;
      if (reloadAt >= 0 && !subscriber.isClosed) onReload(entries[reloadAt]!.id.toString());
      const after = reloadAt >= 0 ? entries[reloadAt]!.id : -1n;
      // A pump that was reading when the client went away must not send on its behalf.
      for (const event of events) if (!subscriber.isClosed && BigInt(event.id) > after) onEvent(event);
      subscriber.lastId = entries.at(-1)!.id;
      if (entries.length < FEED_PAGE) return;
    }
  };
  const start = async () => {
    const point = await resumePoint(essayId, lastId);
    subscriber.lastId = point.lastId;
    if (point.isReload && !subscriber.isClosed) onReload(point.lastId.toString());
  };
  // Serialise pumps per subscriber so events go out once and in order; the first one decides
  // where to start.
  // A read that fails (the database is restarting) is tried again shortly: the stream keeps its
  // last id, so it resumes where it stopped whether this retry or the listener's wake-up comes first.
  let retry: ReturnType<typeof setTimeout> | undefined;
  const onWake = () => {
    subscriber.pumping = subscriber.pumping.then(pump).catch(() => {
      if (subscriber.isClosed || retry) return;
      retry = setTimeout(() => {
        retry = undefined;
        if (!subscriber.isClosed) onWake();
      }, RETRY_READ_MS);
    });
  };
  subscriber.pumping = start().catch(() => undefined);
  hub.wakeups.on(essayId, onWake);
  onWake(); // catch up on what happened before (or while) connecting
  return () => {
    subscriber.isClosed = true;
    clearTimeout(retry);
    hub.wakeups.off(essayId, onWake);
  };
}
