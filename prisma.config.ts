import { fileURLToPath } from 'node:url';
import { defineConfig } from 'prisma/config';

// The Prisma 7 CLI wants a native schema-engine binary downloaded from Prisma's binary host, which is
// unreachable here. When this variable names an executable, the CLI spawns it instead: our Node
// stand-in, backed by @prisma/schema-engine-wasm (see prisma/engine/schema-engine.mjs).
// Resolved from this file, so it works from any working directory; an explicit value wins.
process.env.PRISMA_SCHEMA_ENGINE_BINARY ??= fileURLToPath(new URL('./prisma/engine/schema-engine.mjs', import.meta.url));

export default defineConfig({
  schema: 'prisma/schema.prisma',
  migrations: {
    path: 'prisma/migrations',
    seed: 'node --conditions=react-server --import tsx prisma/seed.ts',
  },
  datasource: {
    // Not env("DATABASE_URL"): that throws when the variable is unset, which breaks `prisma generate`.
    url: process.env.DATABASE_URL ?? '',
    // Optional. Without it the engine creates (and drops) a temporary shadow database on the
    // DATABASE_URL server; embedded PGlite cannot do that, so give it a second, empty instance.
    ...(process.env.SHADOW_DATABASE_URL ? { shadowDatabaseUrl: process.env.SHADOW_DATABASE_URL } : {}),
  },
});
