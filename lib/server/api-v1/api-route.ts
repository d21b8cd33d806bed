import 'server-only';
import { authenticateApiRequest, type TApiCaller } from '@/lib/server/api-v1/authenticate';
import { ifNoneMatchHits, weakEtag } from '@/lib/server/api-v1/etag';
import { toAppError } from '@/lib/server/errors';
import { logRefusal } from '@/lib/server/http/json-route';
import { observeRoute } from '@/lib/server/http/observe-route';

export type TApiResult = { status?: number; body: unknown };

// Answers depend on who asks (token or session), so shared caches must not keep them, and a
// client must revalidate (cheaply, thanks to the ETag) rather than trust a stale copy.
const CACHE_HEADERS = { 'Cache-Control': 'private, no-cache', Vary: 'Authorization, Cookie' };

/**
 * Runs one /api/v1 read: authenticate (token, or the browser session, or anonymous), run, answer
 * JSON. Successful answers carry a weak ETag of the body and answer 304 to a matching
 * If-None-Match. Errors are `{ error }` with the AppError's status; others a logged 500.
 * Writes go through writeRoute (lib/server/http/write-route.ts) with `auth: 'token'`.
 */
export async function apiRoute(request: Request, run: (caller: TApiCaller) => Promise<TApiResult>): Promise<Response> {
  return observeRoute(request, async () => {
    try {
      const caller = await authenticateApiRequest(request, 'read');
      const { status = 200, body } = await run(caller);
      const json = JSON.stringify(body);
      if (status !== 200) {
        return new Response(json, { status, headers: { 'Content-Type': 'application/json; charset=utf-8', ...CACHE_HEADERS } });
      }
      const etag = weakEtag(json);
      if (ifNoneMatchHits(request.headers.get('if-none-match'), etag)) {
        return new Response(null, { status: 304, headers: { ETag: etag, ...CACHE_HEADERS } });
      }
      return new Response(json, { status, headers: { 'Content-Type': 'application/json; charset=utf-8', ETag: etag, ...CACHE_HEADERS } });
    } catch (error) {
      const appError = toAppError(error);
      logRefusal(appError);
      const headers: Record<string, string> = { ...CACHE_HEADERS };
      if (appError.retryAfterSeconds) headers['Retry-After'] = String(appError.retryAfterSeconds);
      if (appError.status === 401) headers['WWW-Authenticate'] = 'Bearer realm="Counterpoint API"';
      return Response.json({ error: appError.message }, { status: appError.status, headers });
    }
  });
}

/** The query string as a plain object, for the shared zod schemas (a repeated key: the last wins). */
export function queryOf(request: Request): Record<string, string> {
  return Object.fromEntries(new URL(request.url).searchParams);
}
