import 'server-only';
import { isIP } from 'node:net';

type THeaders = Headers | Record<string, string | string[] | undefined> | undefined;

/** The key every request shares when the client's address cannot be known. */
export const UNKNOWN_CLIENT = 'direct';

// A textual IPv6 address is at most 45 characters; anything longer is not an address.
const MAX_IP_LENGTH = 45;

/**
 * The client's address for per-IP rate limits, trusting forwarded headers only as far as the
 * deployment says (COUNTERPOINT_TRUSTED_PROXIES=N, default 0).
 *
 * - N > 0: the app sits behind N proxies, each of which appends the address it saw to
 *   X-Forwarded-For; the Nth entry from the right is the one the outermost proxy saw. Entries
 *   further left were written by the client and are ignored: a fresh header per request must not
 *   buy a fresh budget.
 * - N = 0: no forwarded header is trusted (Next.js itself sets X-Forwarded-For only when the
 *   client did not, so a client could pick its own). A proxy that sets one header itself can be
 *   named with COUNTERPOINT_CLIENT_IP_HEADER (e.g. x-real-ip); otherwise every client shares one
 *   key, "direct" — the per-account limits still apply.
 *
 * Whatever is picked must parse as an IP address (node:net isIP), so a 300-character header never
 * becomes a database key.
 */
export function clientIp(headers: THeaders, env: Record<string, string | undefined> = process.env): string {
  const proxies = trustedProxies(env.COUNTERPOINT_TRUSTED_PROXIES);
  if (proxies === 0) {
    const header = env.COUNTERPOINT_CLIENT_IP_HEADER?.trim().toLowerCase();
    return (header && validIp(headerOf(headers, header))) || UNKNOWN_CLIENT;
  }
  const entries = (headerOf(headers, 'x-forwarded-for') ?? '').split(',').map((entry) => entry.trim());
  // Fewer entries than proxies: the request did not come through them all, so nothing is vouched for.
  if (entries.length < proxies) return UNKNOWN_CLIENT;
  return validIp(entries[entries.length - proxies]) ?? UNKNOWN_CLIENT;
}

function trustedProxies(raw: string | undefined): number {
  const count = Number(raw ?? 0);
  return Number.isInteger(count) && count > 0 && count <= 10 ? count : 0;
}

function headerOf(headers: THeaders, name: string): string | undefined {
  if (!headers) return undefined;
  if (headers instanceof Headers) return headers.get(name) ?? undefined;
  const raw = headers[name];
  // Node joins repeated X-Forwarded-For headers with ", "; a list here means they were not joined.
  return Array.isArray(raw) ? raw.join(', ') : raw;
}

function validIp(value: string | undefined): string | null {
  if (!value || value.length > MAX_IP_LENGTH) return null;
  return isIP(value) ? value.toLowerCase() : null;
}
