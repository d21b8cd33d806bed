// The size of the app's one database pool and how long a request may wait for a connection,
// read from the environment. Pure (no 'server-only', no env import) so it is unit-tested directly.
import { EMBEDDED_APP_CONNECTIONS } from '@/lib/server/db/embedded-limits';

export type TPoolSettings = { max: number; waitMs: number };

/** Connections with your own PostgreSQL (COUNTERPOINT_DB_POOL_MAX); a managed server's limit is often 100 for all clients. */
export const DEFAULT_POOL_MAX = 10;
/** How long a request waits for a free connection before it is answered 503 (COUNTERPOINT_DB_POOL_WAIT_MS). */
export const DEFAULT_POOL_WAIT_MS = 10_000;
/** The same on the embedded database, where one connection serves every request in turn, so a burst queues longer. */
export const DEFAULT_EMBEDDED_POOL_WAIT_MS = 30_000;

/**
 * The pool's size and queue wait from the environment. Embedded, the pool is one connection
 * whatever is asked (embedded-limits.ts says why), and the live hub opens no LISTEN connection
 * there, so the app never holds more than one of the socket server's connections.
 * @example poolSettings({ COUNTERPOINT_EMBEDDED: '1' }) // { max: 1, waitMs: 30000 }
 */
export function poolSettings(environment: Record<string, string | undefined>): TPoolSettings {
  const asked = positiveInt(environment.COUNTERPOINT_DB_POOL_MAX, 'COUNTERPOINT_DB_POOL_MAX');
  const waitMs = positiveInt(environment.COUNTERPOINT_DB_POOL_WAIT_MS, 'COUNTERPOINT_DB_POOL_WAIT_MS');
  if (environment.COUNTERPOINT_EMBEDDED === '1') return { max: EMBEDDED_APP_CONNECTIONS, waitMs: waitMs ?? DEFAULT_EMBEDDED_POOL_WAIT_MS };
  return { max: asked ?? DEFAULT_POOL_MAX, waitMs: waitMs ?? DEFAULT_POOL_WAIT_MS };
}

/** How long opening a connection to your PostgreSQL may take (COUNTERPOINT_DB_CONNECT_TIMEOUT_MS): short, so a request during an outage fails fast (503) rather than hanging. */
export const DEFAULT_CONNECT_TIMEOUT_MS = 3_000;

/**
 * The connect timeout of one new connection, apart from the queue wait above: a database that is
 * down or unreachable is answered within seconds, while a busy pool may still queue requests for
 * longer. Embedded, the database is a local socket the launcher owns: the queue wait applies.
 * @example connectTimeoutMs({}) // 3000
 */
export function connectTimeoutMs(environment: Record<string, string | undefined>): number {
  const asked = positiveInt(environment.COUNTERPOINT_DB_CONNECT_TIMEOUT_MS, 'COUNTERPOINT_DB_CONNECT_TIMEOUT_MS');
  if (asked !== undefined) return asked;
  return environment.COUNTERPOINT_EMBEDDED === '1' ? poolSettings(environment).waitMs : DEFAULT_CONNECT_TIMEOUT_MS;
}

function positiveInt(value: string | undefined, name: string): number | undefined {
  if (value === undefined || value === '') return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new Error(`${name} must be a whole number of at least 1 (got "${value}").`);
  return n;
}
