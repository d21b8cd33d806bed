import 'server-only';
import type { TEssayEventView } from '@/lib/schemas/annotation';
import { subscribeToEssay } from '@/lib/server/live/essay-hub';
import { requireLiveAccess, watchLiveAccess } from '@/lib/server/live/live-access';
import { liveSettings } from '@/lib/server/live/live-settings';
import { claimStreamSlot } from '@/lib/server/live/stream-slots';

/** What the client may be told besides events (SSE `event:` names; the client listens for them). */
export type TStreamNotice = { event: 'reload'; id: string } | { event: 'closed'; reason: string };

const encoder = new TextEncoder();

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
      cleanup = () => {
        if (!isOpen) return;
        isOpen = false;
        clearInterval(heartbeat);
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
    },
    cancel() {
      cleanup();
    },
  });
}
