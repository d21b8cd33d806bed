import 'server-only';

/**
 * The origin that IRIs in exports are minted under: the site's configured URL (NEXTAUTH_URL, which
 * sign-in needs to be right anyway) so that ids do not change with the host name a request used;
 * else the request's own origin.
 */
export function siteOrigin(request: Request): string {
  const configured = process.env.NEXTAUTH_URL;
  if (configured) {
    try {
      return new URL(configured).origin;
    } catch {
      // A malformed setting is next-auth's to report; fall back to the request.
    }
  }
  return new URL(request.url).origin;
}
