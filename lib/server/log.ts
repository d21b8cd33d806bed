import 'server-only';
import { AsyncLocalStorage } from 'node:async_hooks';
import pino, { type Logger } from 'pino';

/** What every log line written while serving a request carries (observe-route.ts sets it). */
export type TRequestContext = { requestId: string; method: string; route: string };

type TLogGlobals = { counterpointLog?: Logger; counterpointRequestContext?: AsyncLocalStorage<TRequestContext> };
const globalLog = globalThis as unknown as TLogGlobals;

// On globalThis, like the pool: Next may load this module once per bundle, and a line logged in
// one copy must still see the request context set by another.
export const requestContext = (globalLog.counterpointRequestContext ??= new AsyncLocalStorage<TRequestContext>());

// A safety net behind the rule that matters more — log only fields chosen on purpose (route,
// status, code, message): if a whole object ever lands in a line, these keys are blanked.
const REDACTED_KEYS = ['password', 'passwordHash', 'cookie', 'authorization', 'token', 'body', 'bodyHtml', 'email', 'secret'];

/**
 * An error as one log field: its class, code and message (first line only, capped — Prisma's
 * validation messages print the query's arguments, which can hold a note's words, on later lines)
 * and, when asked, the stack frames without the message repeated.
 */
export function errorFields(error: unknown, options: { withStack: boolean }): Record<string, unknown> {
  if (!(error instanceof Error)) return { type: typeof error, message: String(error).slice(0, 200) };
  const lines = error.message
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
  // Prisma puts the reason last ("Argument `body` is missing."), other libraries first.
  const message = (error.name === 'PrismaClientValidationError' ? lines.at(-1) : lines[0]) ?? '';
  const code = (error as { code?: unknown }).code;
  const fields: Record<string, unknown> = { type: error.name, message: message.slice(0, 300) };
  if (typeof code === 'string' || typeof code === 'number') fields.code = code;
  if (options.withStack && error.stack) {
    fields.stack = error.stack
      .split('\n')
      .filter((line) => line.trimStart().startsWith('at '))
      .map((line) => line.trim())
      .join('\n');
  }
  return fields;
}

function createLog(): Logger {
  return pino(
    {
      name: 'counterpoint',
      // Tests would print a line per refused request they provoke; they ask for lines when they read them.
      level: process.env.COUNTERPOINT_LOG_LEVEL ?? (process.env.NODE_ENV === 'test' ? 'warn' : 'info'),
      // Level names and ISO times read better in `journalctl` and `jq` than numbers.
      formatters: { level: (label) => ({ level: label }) },
      timestamp: pino.stdTimeFunctions.isoTime,
      mixin: () => ({ ...requestContext.getStore() }),
      redact: { paths: [...REDACTED_KEYS, ...REDACTED_KEYS.map((key) => `*.${key}`)], censor: '[redacted]' },
    },
    // process.stdout rather than pino's own file-descriptor writer: one line per write, in order
    // with whatever else the process prints, and the stream a test can listen to.
    process.stdout,
  );
}

/** The process's logger: one JSON object per line on stdout. */
export function log(): Logger {
  return (globalLog.counterpointLog ??= createLog());
}
