// The embedded mode: PGlite (PostgreSQL compiled to Wasm) served over a local TCP socket, so the
// app speaks the PostgreSQL protocol through the same Prisma adapter as with a real server.
// Started by the launcher (scripts/start.ts) and the test runner, never inside Next itself.
import { mkdirSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';
import { EMBEDDED_MAX_CONNECTIONS } from '@/lib/server/db/embedded-limits';

export type TEmbeddedPostgres = { url: string; stop: () => Promise<void> };

/**
 * Starts PGlite persisted in `dataDir` (or in memory when null) and serves it on 127.0.0.1.
 * @example const pg = await startEmbeddedPostgres('.data/pg'); process.env.DATABASE_URL = pg.url;
 */
export async function startEmbeddedPostgres(dataDir: string | null, port = 0): Promise<TEmbeddedPostgres> {
  if (dataDir) mkdirSync(dataDir, { recursive: true });
  const db = dataDir ? await PGlite.create(dataDir) : await PGlite.create();
  // PGlite runs one query at a time; the socket server multiplexes connections onto it.
  // The default of 1 connection makes a pool of 5 lose queries to ECONNRESET; past the limit a new
  // connection is closed at once, so the app's pool is sized under it (pool-settings.ts).
  const server = new PGLiteSocketServer({ db, host: '127.0.0.1', port, maxConnections: EMBEDDED_MAX_CONNECTIONS });
  await server.start();
  const conn = server.getServerConn(); // "127.0.0.1:<port>"
  return {
    url: `postgresql://postgres@${conn}/postgres?sslmode=disable`,
    stop: async () => {
      await server.stop();
      await db.close();
    },
  };
}
