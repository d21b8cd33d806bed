/**
 * The path to go to after signing in, if `raw` is a path on this site; else "/".
 *
 * Only a relative path that starts with exactly one "/" is kept. Browsers read "\" as "/" and
 * drop tabs and newlines inside URLs, so "/\evil.example" or "/\t/evil.example" would leave the
 * site as surely as "//evil.example" does: any backslash or control character refuses the path.
 *
 * @example safeCallbackPath('/cohorts?tab=2') // '/cohorts?tab=2'
 * @example safeCallbackPath('/\\evil.example') // '/'
 */
export function safeCallbackPath(raw: string | null | undefined): string {
  if (!raw || raw.length > 2000) return '/';
  if (!raw.startsWith('/') || raw.startsWith('//')) return '/';
  if (/[\\\u0000-\u001f\u007f]/.test(raw)) return '/';
  // A last check with the URL parser itself: the path must stay on a made-up origin.
  const base = 'http://counterpoint.invalid';
  try {
    const url = new URL(raw, base);
    return url.origin === base ? `${url.pathname}${url.search}${url.hash}` : '/';
  } catch {
    return '/';
  }
}
