import { NextResponse, type NextRequest } from 'next/server';
import { describeMalformedUrl } from '@/lib/domain/http/malformed-url';
import { isDatabaseUnreachable } from '@/lib/server/db/database-outage';
import { REQUEST_ID_HEADER, requestIdFor } from '@/lib/server/http/request-id';
import { contentSecurityPolicy, HSTS_HEADER, makeNonce } from '@/lib/server/http/security-headers';

/**
 * Runs before Next.js routes (and decodes) a request.
 *
 * 1. URLs no route can answer are refused here with a 400 a person can read, rather than a 500
 *    from the framework or the database.
 * 2. Pages get a fresh CSP nonce per response. Next.js reads the nonce from the request's
 *    Content-Security-Policy header and puts it on its own scripts, so the policy goes on the
 *    request (for Next) and on the response (for the browser). Every page is dynamic already (the
 *    site header reads the session), so each HTML response carries its own nonce.
 * 3. Every page request gets its id (request-id.ts: a trusted proxy's, else a fresh UUID) on the
 *    request, where instrumentation.ts reads it for its log line, and on the answer, so a person
 *    reporting a failure can quote it. API routes name their requests themselves (observe-route.ts).
 * 4. While the database is unreachable (a restart), pages are answered 503 with Retry-After and
 *    a note that reloads itself, rather than a 500 from a render that cannot read anything
 *    (database-outage.ts; API routes answer their own 503).
 * The headers that never vary (X-Frame-Options, nosniff, Referrer-Policy) are set in
 * next.config.js, for every response including static files and API answers.
 */
export async function proxy(request: NextRequest) {
  const requestId = requestIdFor(request.headers);
  const problem = describeMalformedUrl(request.nextUrl.pathname, request.nextUrl.search);
  if (problem !== null) return NextResponse.json({ error: problem }, { status: 400, headers: { [REQUEST_ID_HEADER]: requestId } });
  // An API path comes here only to be checked (see `config`): its route adapter names it.
  if (request.nextUrl.pathname.startsWith('/api/')) return NextResponse.next();
  const requestHeaders = new Headers(request.headers);
  // Replaces whatever the client sent, so instrumentation.ts's error log only ever sees this one.
  requestHeaders.set(REQUEST_ID_HEADER, requestId);
  if (await isDatabaseUnreachable()) return databaseUnreachablePage(requestId);

  const nonce = makeNonce();
  const isHttps = request.nextUrl.protocol === 'https:' || request.headers.get('x-forwarded-proto') === 'https';
  const policy = contentSecurityPolicy(nonce, { isDev: process.env.NODE_ENV === 'development', isHttps });
  requestHeaders.set('x-nonce', nonce);
  requestHeaders.set('Content-Security-Policy', policy);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set(REQUEST_ID_HEADER, requestId);
  response.headers.set('Content-Security-Policy', policy);
  // Browsers ignore HSTS received over plain http, so a forged x-forwarded-proto gains nothing.
  if (isHttps) response.headers.set(HSTS_HEADER.key, HSTS_HEADER.value);
  return response;
}

/** Retry-After, and the page's own reload, while the database is away: a restart takes seconds. */
const OUTAGE_RETRY_SECONDS = 2;

function databaseUnreachablePage(requestId: string): NextResponse {
  // No script or style: nothing here needs the CSP nonce. The meta refresh brings the reader back.
  const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta http-equiv="refresh" content="${OUTAGE_RETRY_SECONDS}"><title>Counterpoint is reconnecting</title></head><body><h1>Counterpoint cannot reach its database right now</h1><p>This page will try again in a few seconds.</p></body></html>`;
  return new NextResponse(html, {
    status: 503,
    headers: {
      'Content-Type': 'text/html; charset=utf-8',
      'Retry-After': String(OUTAGE_RETRY_SECONDS),
      'Cache-Control': 'no-store',
      [REQUEST_ID_HEADER]: requestId,
    },
  });
}

export const config = {
  matcher: [
    // Pages: everything but build assets and the site icons (served by name, they never reach a
    // route) and the API.
    '/((?!_next/static|_next/image|favicon\\.ico|icon\\.svg|api/).*)',
    // API paths only when they hold a percent-escape, the one way to a malformed segment (no id or
    // slug of ours has one). Running the proxy at all costs an API request about 0.9 ms of CPU:
    // GET /api/health under 64 clients went from 709 to 1,061 req/s without it (bench:writes).
    '/api/:path(.*%.*)',
  ],
};
