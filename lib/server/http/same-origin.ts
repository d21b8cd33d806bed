import 'server-only';

/**
 * Whether a cookie-authenticated request comes from Counterpoint's own pages (the CSRF rule).
 * Browsers send `Origin` on every POST/PUT/PATCH/DELETE fetch, and `Sec-Fetch-Site` on modern
 * ones; a page on another site cannot forge either. The Origin must name this app: the host the
 * request was sent to (the Host header — a browser sets it, a cross-site page cannot), or the
 * configured public URL (NEXTAUTH_URL) for deployments whose proxy rewrites Host.
 * With neither header we cannot tell, so the answer is no: scripts use a token instead.
 */
export function isSameOriginRequest(headers: Headers): boolean {
  const origin = headers.get('origin');
  if (origin !== null && origin !== 'null') return isOwnOrigin(origin, headers.get('host'));
  return headers.get('sec-fetch-site') === 'same-origin';
}

function isOwnOrigin(origin: string, host: string | null): boolean {
  let parsed: URL;
  try {
    parsed = new URL(origin);
  } catch {
    return false;
  }
  if (host !== null && parsed.host === host.toLowerCase()) return true;
  const publicUrl = process.env.NEXTAUTH_URL;
  if (!publicUrl) return false;
  try {
    return new URL(publicUrl).origin === parsed.origin;
  } catch {
    return false;
  }
}
