import { getEssayAccess } from '@/lib/server/access/essay-access';
import { getViewer } from '@/lib/server/auth/viewer';
import { db } from '@/lib/server/db/client';
import { toAppError } from '@/lib/server/errors';
import { subscribeToEssay } from '@/lib/server/live/essay-hub';

export const dynamic = 'force-dynamic';

type TContext = { params: Promise<{ slug: string }> };

// Browsers reconnect on their own and send the last id they saw; `?since=` covers the first
// connection (the id the page was rendered at), so nothing between render and connect is missed.
function startingId(request: Request): bigint {
  const raw = request.headers.get('last-event-id') ?? new URL(request.url).searchParams.get('since') ?? '0';
  return /^\d{1,19}$/.test(raw) ? BigInt(raw) : 0n;
}

/** Server-Sent Events: an essay's annotation changes, live, for viewers who may read it. */
export async function GET(request: Request, { params }: TContext) {
  const viewer = await getViewer();
  let essayId: string;
  try {
    essayId = (await getEssayAccess(db, viewer?.id ?? null, { slug: (await params).slug })).essayId;
  } catch (error) {
    const appError = toAppError(error);
    return Response.json({ error: appError.message }, { status: appError.status });
  }
  const encoder = new TextEncoder();
  let cleanup = () => {};
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      const write = (text: string) => {
        try {
          controller.enqueue(encoder.encode(text));
        } catch {
          cleanup();
        }
      };
      write('retry: 1000\n\n');
      const unsubscribe = subscribeToEssay(essayId, viewer?.id ?? null, startingId(request), (event) => {
        write(`id: ${event.id}\ndata: ${JSON.stringify(event)}\n\n`);
      });
      // A comment every 15 s keeps proxies from closing an idle stream.
      const heartbeat = setInterval(() => write(': keep-alive\n\n'), 15_000);
      cleanup = () => {
        clearInterval(heartbeat);
        unsubscribe();
      };
      request.signal.addEventListener('abort', () => {
        cleanup();
        try {
          controller.close();
        } catch {
          // already closed
        }
      });
    },
    cancel() {
      cleanup();
    },
  });
  return new Response(stream, {
    headers: { 'Content-Type': 'text/event-stream; charset=utf-8', 'Cache-Control': 'no-cache, no-transform', Connection: 'keep-alive', 'X-Accel-Buffering': 'no' },
  });
}
