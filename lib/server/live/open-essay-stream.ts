import 'server-only';
import type { TEssayEventView } from '@/lib/schemas/annotation';
import { subscribeToEssay } from '@/lib/server/live/essay-hub';
import { requireLiveAccess, watchLiveAccess } from '@/lib/server/live/live-access';
import { liveSettings } from '@/lib/server/live/live-settings';
import { claimStreamSlot } from '@/lib/server/live/stream-slots';
import { AppError } from '@/lib/server/errors';
import { isShuttingDown, onShutdown } from '@/lib/server/process/shutdown';

/** What the client may be told besides events (SSE `event:` names; the client listens for them). */
export type TStreamNotice = { event: 'reload'; id: string } | { event: 'closed'; reason: string };

const encoder = new TextEncoder();

/**
 * When this instance shuts down, its readers come back after 0.5–1.5 s: spread over a second so
 * that the instances left do not take every reconnection (each reads the feed) in the same instant.
 */
const shutdownRetryMs = () => 500 + Math.floor(Math.random() * 1_000);

function eventText(event: TEssayEventView): string {
  return `id: ${event.id}\ndata: ${JSON.stringify(event)}\n\n`;
}

function noticeText(notice: TStreamNotice): string {
  // `id:` on the reload moves the browser's Last-Event-ID past what it will not be sent.
  return notice.event === 'reload'
    ? `event: reload\nid: ${notice.id}\ndata: {}\n\n`
    : `event: closed\ndata: ${JSON.stringify({ reason: notice.reason })}\n\n`;
}

/**
 * The Server-Sent Events stream of an essay for one viewer, from the event after `lastId`.
 * Throws AppError before anything is streamed: 401 signed out, 404 an essay the viewer may not
 * read, 403 suspended, 429 when the user already has their share of open streams. While open,
 * access is re-checked (live-access.ts); when it ends the client gets a `closed` notice and the
 * stream ends. `signal` is the request's: the stream stops when the client goes away.
 */
export async function openEssayStream(input: {
  viewerId: string | null;
  slug: string;
  lastId: bigint;
  signal: AbortSignal;
}): Promise<ReadableStream<Uint8Array>> {
  const { lastId, signal } = input;
  // A stream accepted while this instance drains is sent elsewhere before it reads anything
  // (the route answers UNAVAILABLE with a `retry:` stream, which EventSource follows).
  if (isShuttingDown()) throw new AppError('UNAVAILABLE', 'This server is restarting; reconnect in a moment.', { retryAfterSeconds: 1 });
  const access = await requireLiveAccess(input.viewerId, { slug: input.slug });
  // requireLiveAccess refuses signed-out viewers, so there is an id from here on.
  const viewerId = input.viewerId!;
  const settings = liveSettings();
  const release = claimStreamSlot(viewerId, settings.maxStreamsPerUser);
  let cleanup = release;
  return new ReadableStream<Uint8Array>({
    start(controller) {
      let isOpen = true;
      const write = (text: string) => {
        if (!isOpen) return;
        try {
          controller.enqueue(encoder.encode(text));
        } catch {
          cleanup();
        }
      };
      write('retry: 1000\n\n');
      const unsubscribe = subscribeToEssay({
        essayId: access.essayId,
        viewerId,
        lastId,
        seesOthers: access.seesOthers,
        onEvent: (event) => write(eventText(event)),
        onReload: (id) => write(noticeText({ event: 'reload', id })),
      });
      const stopWatching = watchLiveAccess({
        essayId: access.essayId,
        cohortId: access.cohortId,
        viewerId,
        recheckMs: settings.recheckMs,
        onLost: (reason) => {
          write(noticeText({ event: 'closed', reason }));
          cleanup();
        },
      });
      // A comment every 15 s keeps proxies from closing an idle stream.
      const heartbeat = setInterval(() => write(': keep-alive\n\n'), 15_000);
      let stopDraining: (() => void) | null = null;
      cleanup = () => {
        if (!isOpen) return;
        isOpen = false;
        clearInterval(heartbeat);
        stopDraining?.();
        stopWatching();
        unsubscribe();
        release();
        try {
          controller.close();
        } catch {
          // already closed
        }
      };
      signal.addEventListener('abort', () => cleanup());
      // On SIGTERM the stream ends with a reconnection delay; the browser comes back with its
      // Last-Event-ID, through the proxy to another instance (process/shutdown.ts). Registered
      // last: a shutdown that began while the stream was opening ends it here, at once.
      stopDraining = onShutdown(() => {
        write(`retry: ${shutdownRetryMs()}\n\n`);
        cleanup();
      });
    },
    cancel() {
      cleanup();
    },
  });
}
