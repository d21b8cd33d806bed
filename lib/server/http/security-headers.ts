// No 'server-only' here: proxy.ts imports this, and it is bundled apart from the server components.

/**
 * The Content-Security-Policy for one HTML response. Scripts run only with this response's
 * nonce (Next.js puts it on its own scripts when it finds the policy on the request), and what
 * they load after that ('strict-dynamic'). Styles allow 'unsafe-inline' because React renders
 * style attributes (the selection button's position, histogram bars) into the HTML; a nonce
 * cannot cover attributes. No framing at all, no plugins, forms and fetches to this site only.
 * Development adds 'unsafe-eval' for React's dev tooling and the hot-reload socket.
 */
export function contentSecurityPolicy(nonce: string, options: { isDev: boolean; isHttps: boolean }): string {
  const directives = [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${options.isDev ? " 'unsafe-eval'" : ''}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    `connect-src 'self'${options.isDev ? ' ws: wss:' : ''}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ];
  if (options.isHttps) directives.push('upgrade-insecure-requests');
  return directives.join('; ');
}

/** A fresh, unguessable nonce per response (128 random bits, base64). */
export function makeNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}

/** Sent only on responses served over https: over plain http, HSTS would be meaningless. */
export const HSTS_HEADER = { key: 'Strict-Transport-Security', value: 'max-age=31536000; includeSubDomains' };
