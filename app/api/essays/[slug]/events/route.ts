import { getViewer } from '@/lib/server/auth/viewer';
import { toAppError } from '@/lib/server/errors';
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

/** Server-Sent Events: an essay's annotation changes, live, for viewers who may read it. */
export async function GET(request: Request, { params }: TContext) {
  const viewer = await getViewer();
  try {
    const stream = await openEssayStream({
      viewerId: viewer?.id ?? null,
      slug: (await params).slug,
      lastId: startingId(request),
      signal: request.signal,
    });
    return new Response(stream, {
      headers: {
        'Content-Type': 'text/event-stream; charset=utf-8',
        'Cache-Control': 'no-cache, no-transform',
        Connection: 'keep-alive',
        'X-Accel-Buffering': 'no',
      },
    });
  } catch (error) {
    const appError = toAppError(error);
    const headers = appError.retryAfterSeconds === null ? undefined : { 'Retry-After': String(appError.retryAfterSeconds) };
    return Response.json({ error: appError.message }, { status: appError.status, headers });
  }
}
