// The shadow database: an empty database where the engine replays prisma/migrations to learn the
// schema they produce (migrate dev, migrate diff --from-migrations).
// Fix 3: adapter-pg's own connectToShadowDb spreads `database` next to `connectionString`, and the
// connection string wins, so its "shadow" pool is the main database; it also drops its temporary
// database before closing the pool that uses it. This does it properly.
import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { CONNECT_TIMEOUT_MS, quoteIdent, schemaOf, withDatabase } from './pg-url.mjs';

function warn(message) {
  process.stderr.write(`${JSON.stringify({ level: 'WARN', target: 'schema_engine::logger', fields: { message } })}\n`);
}

/** Returns a connected adapter on an empty shadow database; its dispose() cleans up. */
export async function connectToShadowDb({ url, shadowDatabaseUrl, connect }) {
  if (shadowDatabaseUrl) {
    if (shadowDatabaseUrl === url) throw new Error('The shadow database URL must not be the main database URL.');
    // A configured shadow database is disposable by definition: start it from an empty schema.
    const adapter = await connect(shadowDatabaseUrl);
    const schema = quoteIdent(schemaOf(shadowDatabaseUrl));
    await adapter.executeScript(`DROP SCHEMA IF EXISTS ${schema} CASCADE; CREATE SCHEMA ${schema};`);
    return adapter;
  }

  // Otherwise a temporary database on the main server, created and dropped over its own connection.
  const name = `prisma_migrate_shadow_db_${randomUUID()}`;
  const admin = new pg.Client({ connectionString: url, connectionTimeoutMillis: CONNECT_TIMEOUT_MS });
  admin.on('error', () => {}); // a dropped connection must not crash the engine
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${quoteIdent(name)}`);
  } catch (error) {
    await admin.end().catch(() => {});
    throw new Error(`Could not create the shadow database ${name}: ${error.message}`, { cause: error });
  }
  const dropAndClose = async () => {
    // WITH (FORCE): the engine may dispose while a pooled connection is still closing.
    await admin
      .query(`DROP DATABASE IF EXISTS ${quoteIdent(name)} WITH (FORCE)`)
      .catch((error) => warn(`Could not drop the shadow database ${name}: ${error.message}`));
    await admin.end().catch(() => {});
  };

  let adapter;
  try {
    adapter = await connect(withDatabase(url, name));
    // Some servers (PGlite behind pglite-socket) accept CREATE DATABASE but serve every connection
    // from the same database: never let "the shadow database" be the main one.
    const { rows } = await adapter.client.query('SELECT current_database() AS db');
    if (rows[0]?.db !== name) {
      throw new Error(
        `This server does not let us open the temporary shadow database (connected to "${rows[0]?.db}" instead of "${name}"). ` +
          'Give Prisma a separate, empty database as datasource.shadowDatabaseUrl (SHADOW_DATABASE_URL in prisma.config.ts).',
      );
    }
  } catch (error) {
    await adapter?.dispose().catch(() => {});
    await dropAndClose();
    throw error;
  }
  const dispose = adapter.dispose.bind(adapter);
  adapter.dispose = async () => {
    try {
      await dispose();
    } finally {
      await dropAndClose();
    }
  };
  return adapter;
}
