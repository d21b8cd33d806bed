// ESM because package.json sets "type": "module".
/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  // pg, argon2 and PGlite load native or Node-only code: keep them out of the server bundle.
  serverExternalPackages: ['@node-rs/argon2', 'pg', '@electric-sql/pglite', '@electric-sql/pglite-socket'],
  poweredByHeader: false,
};
export default nextConfig;
