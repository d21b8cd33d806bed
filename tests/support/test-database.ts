// Fresh databases for test runs. On a PostgreSQL server (DATABASE_URL set) each is a new
// database with a random name, dropped afterwards; without one, an in-memory embedded PGlite.
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { startEmbeddedPostgres } from '@/lib/server/db/embedded-postgres';

export type TTestDatabase = { url: string; kind: 'server' | 'embedded'; drop: () => Promise<void> };

function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

/** Creates an empty database next to `serverUrl` (a real server) or in memory (embedded). */
export async function createFreshDatabase(serverUrl: string | undefined, prefix = 'counterpoint_test'): Promise<TTestDatabase> {
  if (!serverUrl) {
    const embedded = await startEmbeddedPostgres(null);
    return { url: embedded.url, kind: 'embedded', drop: embedded.stop };
  }
  const name = `${prefix}_${Date.now()}_${randomBytes(3).toString('hex')}`;
  const admin = new pg.Client({ connectionString: withDatabase(serverUrl, 'postgres') });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
  return {
    url: withDatabase(serverUrl, name),
    kind: 'server',
    drop: async () => {
      const client = new pg.Client({ connectionString: withDatabase(serverUrl, 'postgres') });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await client.end();
    },
  };
}
