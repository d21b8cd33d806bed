// Next.js decodes dynamic path segments itself, before any route code runs. A segment that is not
// valid percent-encoded UTF-8 (/essays/%FF, /api/annotations/%C0%AF) makes that decoding throw, and
// in production the request ends as a bare 500 with no log line (vercel/next.js#92557). A segment
// that decodes to a NUL reaches PostgreSQL, which refuses it with an error instead of "no row".
// proxy.ts runs before that decoding, so it refuses both with a 400 here.

// C0 controls and DEL: no id, slug, filter or cursor of ours contains one.
const CONTROL = /[\u0000-\u001F\u007F]/;

/** Decodes one percent-encoded URL component, or null when it is not valid UTF-8. */
function decodeComponent(raw: string): string | null {
  try {
    return decodeURIComponent(raw);
  } catch {
    return null;
  }
}

/**
 * Why a request URL must be refused before routing, or null when it is fine.
 * `pathname` and `search` are raw (still percent-encoded), as in `new URL(url).pathname`.
 * @example describeMalformedUrl('/essays/%FF', '') // 'The address has a malformed percent-escape …'
 */
export function describeMalformedUrl(pathname: string, search: string): string | null {
  for (const segment of pathname.split('/')) {
    const decoded = decodeComponent(segment);
    if (decoded === null) return 'The address has a malformed percent-escape (such as %FF): it names nothing here.';
    if (CONTROL.test(decoded)) return 'The address contains a control character (such as %00): it names nothing here.';
  }
  // Query values are decoded leniently by URLSearchParams (a bad escape stays as it is), so only
  // control characters matter there; `+` is a space in a query string.
  for (const part of search.replace(/^\?/, '').split(/[&;]/)) {
    const decoded = decodeComponent(part.replace(/\+/g, ' '));
    if (decoded !== null && CONTROL.test(decoded))
      return 'The query string contains a control character (such as %00): remove it and try again.';
  }
  return null;
}
