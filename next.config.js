// ESM because package.json sets "type": "module".
// The headers that never vary; the per-response CSP (with its nonce) and HSTS are set in proxy.ts.
const SECURITY_HEADERS = [
  { key: 'X-Frame-Options', value: 'DENY' },
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
];

/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  // pg, argon2 and PGlite load native or Node-only code: keep them out of the server bundle.
  serverExternalPackages: ['@node-rs/argon2', 'pg', '@electric-sql/pglite', '@electric-sql/pglite-socket'],
  poweredByHeader: false,
  async headers() {
    return [{ source: '/:path*', headers: SECURITY_HEADERS }];
  },
};
export default nextConfig;
