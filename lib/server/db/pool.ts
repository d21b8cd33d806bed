import 'server-only';
import pg from 'pg';
import { isDatabaseUnavailable } from '@/lib/server/db/database-unavailable';
import { markDatabaseReachable, markDatabaseUnreachable, setDatabaseProbe } from '@/lib/server/db/database-outage';
import { connectTimeoutMs, poolSettings, type TPoolSettings } from '@/lib/server/db/pool-settings';
import { env } from '@/lib/server/env';
import { errorFields, log } from '@/lib/server/log';
import { closeBeforeExit } from '@/lib/server/process/shutdown';

// One pg.Pool per process, shared by Prisma (client.ts) and the rate limiter: every connection the
// app opens is counted here (pool-settings.ts sizes it; one connection on the embedded database).
// Requests beyond the pool wait in its queue, for at most COUNTERPOINT_DB_POOL_WAIT_MS (then 503).

/** A pool whose dropped idle connections are logged and replaced, never an uncaught exception. */
export function createDbPool(connectionString: string, settings: TPoolSettings, connectMs = settings.waitMs): pg.Pool {
  // pg uses one option for two waits: the pool's queue and a new connection's handshake. The
  // handshake gets its own, shorter limit, so that while the database is down or unreachable a
  // request is answered 503 within seconds (errors.ts) instead of holding on for the queue wait.
  class ConnectTimeoutClient extends pg.Client {
    constructor(config: pg.ClientConfig = {}) {
      super({ ...config, connectionTimeoutMillis: connectMs });
    }
  }
  const pool = new pg.Pool({
    connectionString,
    max: settings.max,
    // pg.Pool queues a request when all connections are busy; this bounds the wait (then 503, errors.ts).
    connectionTimeoutMillis: settings.waitMs,
    Client: ConnectTimeoutClient,
    // Notices a dead peer (a cut network, not a clean restart) on idle connections.
    keepAlive: true,
    application_name: 'counterpoint',
  });
  // An idle connection killed by the server (restart, pg_terminate_backend, a proxy's timeout) emits
  // 'error' on the pool; without a listener Node would crash the process. The pool has already
  // dropped it and opens a fresh one on the next request.
  pool.on('error', (error) => {
    // A restart ends every session at once: pages are answered 503 until it is back (database-outage.ts).
    if (isDatabaseUnavailable(error)) markDatabaseUnreachable();
    log().warn(
      { event: 'db.idle-connection-closed', error: errorFields(error, { withStack: false }) },
      'an idle database connection was closed; the next request opens a new one',
    );
  });
  // pg.Pool listens for errors only on idle connections: one checked out (a transaction between
  // its statements) that the server ends — every session, on a restart — emits 'error' with no
  // listener, an uncaught exception. Its next query fails instead and is answered 503 (errors.ts,
  // which logs it); the pool then drops it. Idle ones are logged above.
  pool.on('connect', (client) => {
    client.on('error', () => undefined);
    markDatabaseReachable();
  });
  return pool;
}

const globalPool = globalThis as unknown as { counterpointDbPool?: pg.Pool };

/**
 * The process's pool. Kept on globalThis in every mode: Next may load this module more than once
 * (dev reloads, separate bundles), and each copy must not open its own connections. A pool ended
 * by `db.$disconnect()` (scripts) is replaced on next use.
 */
export function dbPool(): pg.Pool {
  const current = globalPool.counterpointDbPool;
  if (current && !current.ending) return current;
  const pool = createDbPool(env.DATABASE_URL, poolSettings(process.env), connectTimeoutMs(process.env));
  globalPool.counterpointDbPool = pool;
  setDatabaseProbe(() => pool.query('SELECT 1'));
  // On SIGTERM, after the last request (process/shutdown.ts).
  closeBeforeExit('database pool', () => (pool.ending ? Promise.resolve() : pool.end()));
  return pool;
}

/**
 * The pool's connections right now, for the metrics endpoint; zeros before the first query.
 * Read without dbPool(), so asking never opens a pool.
 */
export function dbPoolUsage(): { total: number; idle: number; waiting: number; max: number } {
  const pool = globalPool.counterpointDbPool;
  if (!pool || pool.ending) return { total: 0, idle: 0, waiting: 0, max: 0 };
  return { total: pool.totalCount, idle: pool.idleCount, waiting: pool.waitingCount, max: pool.options.max ?? 0 };
}
