// Whether an error means "the database cannot be reached right now" (a restart, a failover, a
// network cut) rather than "this request is wrong" or "our code is wrong". Such requests are
// answered 503 with Retry-After (errors.ts), never 500. Pure: it looks at the error's shape only,
// because the same outage reaches us through pg (rate limiter), Prisma's pg adapter (everything
// else) and Postgres.js (the live listener), each wrapping it differently.

/** Node's socket errors when nothing (or no longer anything) answers at the database's address. */
const SOCKET_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'ENOTFOUND', 'EPIPE', 'EHOSTUNREACH', 'ENETUNREACH']);
/**
 * SQLSTATEs of a server going away or not yet back: 57P01 admin_shutdown (a fast stop ends every
 * session), 57P02 crash_shutdown, 57P03 cannot_connect_now ("the database system is starting up"),
 * 53300 too_many_connections; class 08 is "connection exception".
 */
const SQLSTATES = new Set(['57P01', '57P02', '57P03', '53300']);
/** Prisma's driver adapter's kinds for the same (@prisma/adapter-pg's convertDriverError). */
const ADAPTER_KINDS = new Set(['DatabaseNotReachable', 'ConnectionClosed', 'SocketTimeout', 'TooManyConnections']);
/** Prisma's own codes: P1001 can't reach, P1002 timed out, P1017 server closed the connection. */
const PRISMA_CODES = new Set(['P1001', 'P1002', 'P1017']);
/** pg's messages for a connection that died under a query, or never came up in time. */
const PG_MESSAGES = [
  'Connection terminated unexpectedly',
  'Connection terminated',
  'Connection terminated due to connection timeout',
  'Client has encountered a connection error and is not queryable',
  'Client was closed and is not queryable',
];

type TErrorLike = { code?: unknown; kind?: unknown; originalCode?: unknown; message?: unknown; cause?: unknown; meta?: unknown };

/** The error and everything it wraps (cause chains, Prisma's meta.driverAdapterError), a few levels deep. */
function* chainOf(error: unknown): Generator<TErrorLike> {
  const seen = new Set<unknown>();
  const queue: unknown[] = [error];
  while (queue.length > 0 && seen.size < 12) {
    const item = queue.shift();
    if (typeof item !== 'object' || item === null || seen.has(item)) continue;
    seen.add(item);
    const like = item as TErrorLike;
    yield like;
    queue.push(like.cause);
    const meta = like.meta as { driverAdapterError?: unknown } | undefined;
    if (meta && typeof meta === 'object') queue.push(meta.driverAdapterError);
    // AggregateError (a connection tried on IPv4 and IPv6 at once) holds its causes here.
    if (Array.isArray((item as { errors?: unknown }).errors)) queue.push(...(item as { errors: unknown[] }).errors);
  }
}

/** Whether `error` says the database is unreachable, restarting or shutting down. */
export function isDatabaseUnavailable(error: unknown): boolean {
  for (const link of chainOf(error)) {
    const code = typeof link.code === 'string' ? link.code : typeof link.originalCode === 'string' ? link.originalCode : null;
    if (code && (SOCKET_CODES.has(code) || SQLSTATES.has(code) || PRISMA_CODES.has(code) || /^08[0-9A-Z]{3}$/.test(code))) return true;
    if (typeof link.kind === 'string' && ADAPTER_KINDS.has(link.kind)) return true;
    if (typeof link.message === 'string' && PG_MESSAGES.includes(link.message)) return true;
  }
  return false;
}
