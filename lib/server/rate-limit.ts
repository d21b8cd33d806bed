import 'server-only';
import { createHash } from 'node:crypto';
import { RateLimiterPostgres, RateLimiterRes } from 'rate-limiter-flexible';
import { dbPool } from '@/lib/server/db/pool';
import { statementNameOf } from '@/lib/server/db/pool-query';
import { AppError } from '@/lib/server/errors';
import { metrics } from '@/lib/server/metrics/metrics';

// Limits live in PostgreSQL (table rate_limits, made by a migration) so they hold across app
// instances. Budgets are generous for people and tight for scripts; sign-in and sign-up are
// limited per IP as well, where an attacker has no account to be limited by.
const POLICIES = {
  // 60 writes a minute per user; benchmarks raise it (COUNTERPOINT_WRITES_PER_MINUTE) to measure the app, not the limiter.
  write: { points: Number(process.env.COUNTERPOINT_WRITES_PER_MINUTE ?? 60), duration: 60 },
  // 10 attempts per 10 minutes per IP (and per email); the e2e suite, one IP signing in all day, raises it.
  signIn: { points: Number(process.env.COUNTERPOINT_SIGNINS_PER_WINDOW ?? 10), duration: 10 * 60 },
  // 5 accounts an hour per IP; the e2e suite, whose specs sign up from one IP, raises it.
  signUp: { points: Number(process.env.COUNTERPOINT_SIGNUPS_PER_HOUR ?? 5), duration: 60 * 60 },
  // Imported notes, one point each, per user: two full imports (5,000 notes) an hour. Separate from
  // `write` (60 a minute), which a single import of more than 60 notes could never fit in.
  importNote: { points: Number(process.env.COUNTERPOINT_IMPORTED_NOTES_PER_HOUR ?? 10_000), duration: 60 * 60 },
  // The reader's "I opened this essay" beacon, per user: its own budget, so that opening essays
  // never uses up the allowance for notes and ratings, and a script cannot spin it either.
  readReceipt: { points: 120, duration: 60 },
  // Adding an essay (cohort staff): each may fetch a web page and parse it for a second of CPU.
  // A cohort adds a few a week; 30 an hour per user leaves room for a fix-and-retry session and
  // keeps a stolen staff account from turning the server into a crawler.
  addEssay: { points: 30, duration: 60 * 60 },
} as const;
export type TRatePolicy = keyof typeof POLICIES;

const globalLimits = globalThis as unknown as { rateLimiters?: Record<TRatePolicy, RateLimiterPostgres> };

function limiters(): Record<TRatePolicy, RateLimiterPostgres> {
  if (!globalLimits.rateLimiters) {
    // The app's one pool (pool.ts), not a second one: every connection counts against the same
    // limit (the embedded database drops connections past its own).
    // The library names its statements per limiter, and its names are not unique per text; they
    // are named here as poolQuery names its own (one name per text, pool-query.ts), so that each
    // connection prepares the upsert once.
    const storeClient = {
      query: (q: { text: string; values?: unknown[] }) =>
        dbPool().query({ name: statementNameOf(q.text), text: q.text, values: q.values ?? [] }),
    };
    const make = (policy: TRatePolicy) =>
      new RateLimiterPostgres({
        storeClient,
        storeType: 'pool',
        tableName: 'rate_limits',
        tableCreated: true,
        keyPrefix: policy,
        ...POLICIES[policy],
      });
    globalLimits.rateLimiters = {
      write: make('write'),
      signIn: make('signIn'),
      signUp: make('signUp'),
      importNote: make('importNote'),
      readReceipt: make('readReceipt'),
      addEssay: make('addEssay'),
    };
  }
  return globalLimits.rateLimiters;
}

// The table's key is VARCHAR(255): a longer key (a pasted header, an odd email) is hashed rather
// than sent to PostgreSQL to fail there.
const MAX_KEY_LENGTH = 200;

/** Spends `points` (one by default) of `policy` for `key`; over budget → 429 AppError with the time to wait. */
export async function consumeRateLimit(policy: TRatePolicy, key: string, points = 1): Promise<void> {
  const storedKey = key.length > MAX_KEY_LENGTH ? `sha256:${createHash('sha256').update(key).digest('hex')}` : key;
  try {
    await limiters()[policy].consume(storedKey, points);
  } catch (error) {
    if (!isLimiterRejection(error)) throw error;
    metrics().rateLimitRejections.inc({ policy });
    const seconds = Math.max(1, Math.ceil(error.msBeforeNext / 1000));
    throw new AppError('RATE_LIMITED', limitMessage(policy, seconds), { retryAfterSeconds: seconds });
  }
}

/**
 * The limiter rejects with a RateLimiterRes, not an Error. In a production build the server-action
 * bundle can hold its own copy of the library, whose class `instanceof` does not recognise: a
 * refused sign-up then reached people as "Something went wrong". Its fields are recognised instead.
 */
function isLimiterRejection(error: unknown): error is RateLimiterRes {
  return (
    error instanceof RateLimiterRes ||
    (typeof error === 'object' && error !== null && 'msBeforeNext' in error && 'remainingPoints' in error && 'consumedPoints' in error)
  );
}

/** What a person is told: sign-in and sign-up waits are minutes long, so they are said in minutes. */
function limitMessage(policy: TRatePolicy, seconds: number): string {
  const minutes = Math.ceil(seconds / 60);
  const inMinutes = `${minutes} minute${minutes === 1 ? '' : 's'}`;
  if (policy === 'signIn') return `Too many sign-in attempts; try again in ${inMinutes}.`;
  if (policy === 'signUp') return `Too many new accounts from this network; try again in ${inMinutes}.`;
  if (policy === 'importNote')
    return `You imported ${POLICIES.importNote.points.toLocaleString('en')} annotations in the last hour, the most allowed; try again in ${inMinutes}, or import fewer at a time.`;
  if (policy === 'addEssay')
    return `You added ${POLICIES.addEssay.points} essays in the last hour, the most allowed; try again in ${inMinutes}.`;
  return `Too many requests: try again in ${seconds} second${seconds === 1 ? '' : 's'}.`;
}
