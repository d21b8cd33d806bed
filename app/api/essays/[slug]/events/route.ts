import { observeRoute } from '@/lib/server/http/observe-route';
import { getViewer } from '@/lib/server/auth/viewer';
import { toAppError } from '@/lib/server/errors';
import { logRefusal } from '@/lib/server/http/json-route';
import { openEssayStream } from '@/lib/server/live/open-essay-stream';

export const dynamic = 'force-dynamic';

type TContext = { params: Promise<{ slug: string }> };

// Browsers reconnect on their own and send the last id they saw; `?since=` covers the first
// connection (the id the page was rendered at), so nothing between render and connect is missed.
function startingId(request: Request): bigint {
  const raw = request.headers.get('last-event-id') ?? new URL(request.url).searchParams.get('since') ?? '0';
  // At most 18 digits: always within PostgreSQL's bigint, so a huge id is "0", not a database error.
  return /^\d{1,18}$/.test(raw) ? BigInt(raw) : 0n;
}

const STREAM_HEADERS = {
  'Content-Type': 'text/event-stream; charset=utf-8',
  'Cache-Control': 'no-cache, no-transform',
  Connection: 'keep-alive',
  'X-Accel-Buffering': 'no',
};

/**
 * A stream that only says "come back in `seconds`" and ends. EventSource treats any status but
 * 200, or another content type, as final and stops reconnecting; so while the database is away
 * (or the server is busy) a stream is answered like this, and the browser retries by itself with
 * the same Last-Event-ID.
 */
function retryLaterStream(seconds: number): Response {
  return new Response(`retry: ${seconds * 1000}\n\n`, { headers: { ...STREAM_HEADERS, 'Retry-After': String(seconds) } });
}

/** Server-Sent Events: an essay's annotation changes, live, for viewers who may read it. */
export async function GET(request: Request, context: TContext) {
  // A stream, not JSON, so no route adapter: observed here (request id, latency to the first byte).
  return observeRoute(request, () => openStream(request, context));
}

async function openStream(request: Request, { params }: TContext): Promise<Response> {
  const viewer = await getViewer();
  try {
    const stream = await openEssayStream({
      viewerId: viewer?.id ?? null,
      slug: (await params).slug,
      lastId: startingId(request),
      signal: request.signal,
    });
    return new Response(stream, { headers: STREAM_HEADERS });
  } catch (error) {
    const appError = toAppError(error);
    if (appError.code === 'UNAVAILABLE') {
      logRefusal(appError);
      return retryLaterStream(appError.retryAfterSeconds ?? 2);
    }
    const headers = appError.retryAfterSeconds === null ? undefined : { 'Retry-After': String(appError.retryAfterSeconds) };
    return Response.json({ error: appError.message }, { status: appError.status, headers });
  }
}
