import 'server-only';
import { Prisma } from '@/lib/generated/prisma/client';
import { markDatabaseUnreachable } from '@/lib/server/db/database-outage';
import { isDatabaseUnavailable } from '@/lib/server/db/database-unavailable';
import { errorFields, log } from '@/lib/server/log';

export type TAppErrorCode =
  | 'BAD_REQUEST'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'PAYLOAD_TOO_LARGE'
  | 'RATE_LIMITED'
  | 'INTERNAL'
  | 'UNAVAILABLE';

const STATUS: Record<TAppErrorCode, number> = {
  BAD_REQUEST: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  PAYLOAD_TOO_LARGE: 413,
  RATE_LIMITED: 429,
  INTERNAL: 500,
  UNAVAILABLE: 503,
};

/** One schema problem: the dotted path of the field ("" for the whole body) and what to fix. */
export type TFieldProblem = { path: string; message: string };

/** The only error whose message reaches users. Anything else is logged and shown as a generic failure. */
export class AppError extends Error {
  readonly code: TAppErrorCode;
  /** For RATE_LIMITED and UNAVAILABLE: sent as the Retry-After header. */
  readonly retryAfterSeconds: number | null;
  /** For BAD_REQUEST from a schema: every problem by field, so a client can mark each one. */
  readonly fields: TFieldProblem[] | null;
  /**
   * `cause`: the error this one stands for, when its class and message are worth a log field (an
   * outage's driver error); it goes on the request's one log line (logRefusal), never to the person.
   */
  constructor(
    code: TAppErrorCode,
    message: string,
    options: { retryAfterSeconds?: number; fields?: TFieldProblem[]; cause?: unknown } = {},
  ) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'AppError';
    this.code = code;
    this.retryAfterSeconds = options.retryAfterSeconds ?? null;
    this.fields = options.fields ?? null;
  }
  get status(): number {
    return STATUS[this.code];
  }
}

/** Maps known database errors to AppErrors in one place (P2002 unique → 409, P2025 missing → 404). */
export function toAppError(error: unknown): AppError {
  if (error instanceof AppError) return error;
  // Every pooled connection stayed busy for the whole queue wait (pool.ts): a load peak, so "try
  // again shortly" rather than a failure. Prisma's P2028 is its own wait for a transaction's connection.
  if (isPoolExhausted(error) || (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2028')) {
    return new AppError('UNAVAILABLE', 'The server is busy right now; try again in a moment.', { retryAfterSeconds: 2 });
  }
  // The database is restarting or unreachable (database-unavailable.ts): say so and when to come
  // back. The driver's error rides along as the cause, for the request's one log line (logRefusal):
  // its class and message, not the object with its stack, as every request fails the same way.
  if (isDatabaseUnavailable(error)) {
    markDatabaseUnreachable();
    return new AppError('UNAVAILABLE', 'Counterpoint cannot reach its database right now. Try again in a few seconds.', {
      retryAfterSeconds: OUTAGE_RETRY_AFTER_SECONDS,
      cause: error,
    });
  }
  if (error instanceof Prisma.PrismaClientKnownRequestError) {
    if (error.code === 'P2002') return new AppError('CONFLICT', 'That already exists.');
    if (error.code === 'P2025') return new AppError('NOT_FOUND', 'Not found.');
  }
  // Last line of defence behind the schemas (lib/schemas/text.ts, params.ts): PostgreSQL's
  // class 22 "data exception" (a NUL byte, a date out of range, …) is caused by a value the
  // request carried, so it is the request that is wrong; the transaction has rolled back.
  if (postgresCodeOf(error)?.startsWith('22')) {
    return new AppError('BAD_REQUEST', 'The request holds a value that cannot be stored (such as a NUL character or a date out of range).');
  }
  // The one line an unexpected failure writes (the request's id and route come from log.ts's
  // context); its stack is there to find the bug, its message never reaches the person.
  log().error({ status: 500, error: errorFields(error, { withStack: true }) }, 'unexpected error');
  return new AppError('INTERNAL', 'Something went wrong on our side. Please try again.');
}

/** Retry-After during a database outage: a restart takes seconds, and the app reconnects by itself. */
export const OUTAGE_RETRY_AFTER_SECONDS = 2;

/**
 * Whether `error` is pg.Pool giving up on a free connection (COUNTERPOINT_DB_POOL_WAIT_MS ran out,
 * lib/server/db/pool.ts). A new connection that PostgreSQL did not accept in time ("Connection
 * terminated due to connection timeout", COUNTERPOINT_DB_CONNECT_TIMEOUT_MS) is an outage instead.
 */
function isPoolExhausted(error: unknown): boolean {
  return error instanceof Error && error.message === 'timeout exceeded when trying to connect';
}

/**
 * The SQLSTATE PostgreSQL answered with: as Prisma's driver adapter reports it, or as pg does
 * for statements run on the pool itself (pool-query.ts, the rate limiter): a DatabaseError,
 * which alone carries `severity` beside its five-character `code`.
 */
function postgresCodeOf(error: unknown): string | undefined {
  if (error instanceof Prisma.PrismaClientKnownRequestError) {
    const cause = (error.meta as { driverAdapterError?: { cause?: { originalCode?: unknown } } } | undefined)?.driverAdapterError?.cause;
    return typeof cause?.originalCode === 'string' ? cause.originalCode : undefined;
  }
  if (error instanceof Error && 'severity' in error && 'code' in error && typeof error.code === 'string' && error.code.length === 5) {
    return error.code;
  }
  return undefined;
}
