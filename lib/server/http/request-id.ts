// No 'server-only' here: proxy.ts imports this, and it is bundled apart from the server components.
// proxy.ts names page requests with requestIdFor, observe-route.ts API requests.

/** The header a request's id travels in: from a trusted proxy (nginx's $request_id), back to the client. */
export const REQUEST_ID_HEADER = 'x-request-id';

// nginx's $request_id is 32 hex digits, other proxies send UUIDs; anything else (too long,
// spaces, quotes) is not an id we want in a log line.
const VALID_REQUEST_ID = /^[A-Za-z0-9._:-]{8,128}$/;

/**
 * The id of this request: the incoming X-Request-Id when a trusted proxy sits in front
 * (COUNTERPOINT_TRUSTED_PROXIES > 0, the same switch as client-ip.ts: such a proxy sets the
 * header itself, so a client cannot pick it) and it is well-formed; otherwise a fresh UUID.
 */
export function requestIdFor(headers: Headers, env: Record<string, string | undefined> = process.env): string {
  const incoming = headers.get(REQUEST_ID_HEADER);
  if (incoming !== null && isProxyTrusted(env) && VALID_REQUEST_ID.test(incoming)) return incoming;
  return crypto.randomUUID();
}

function isProxyTrusted(env: Record<string, string | undefined>): boolean {
  const count = Number(env.COUNTERPOINT_TRUSTED_PROXIES ?? 0);
  return Number.isInteger(count) && count > 0;
}
