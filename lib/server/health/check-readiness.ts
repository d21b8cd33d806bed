import 'server-only';
import { errorFields, log } from '@/lib/server/log';

// Whether this instance should be sent traffic (GET /api/ready, ADR 0012). Three checks, in
// order, each only when the one before passed: the database answers, every migration this build
// ships is applied, and the live listener hears a notification sent through the database. The
// answer names the first check that failed with a fixed sentence — never a driver's error text,
// which can hold host and user names.

export type TReadinessCheck = 'database' | 'migrations' | 'liveListener';
export type TCheckState = 'ok' | 'failed' | 'not run' | 'not used';

export type TReadiness =
  | { isReady: true; checks: Record<TReadinessCheck, TCheckState> }
  | { isReady: false; checks: Record<TReadinessCheck, TCheckState>; failed: TReadinessCheck; reason: string };

export type TReadinessProbes = {
  /** Runs one SQL statement on the app's pool (the same connections requests use). */
  query: (sql: string, values: unknown[]) => Promise<{ rows: Record<string, unknown>[] }>;
  /** The migration folder names this build ships (prisma/migrations). */
  migrationNames: readonly string[];
  /** Whether the LISTEN connection hears a notification now; null when there is none (embedded). */
  isListenerConnected: (() => Promise<boolean>) | null;
  /** The whole check answers within this long, so a load balancer's own timeout never fires first. */
  timeoutMs: number;
};

// PostgreSQL's undefined_table: no `_prisma_migrations` yet, i.e. nothing was ever migrated.
const UNDEFINED_TABLE = '42P01';

/**
 * One readiness check: at most two statements (the migrations read, which is also the database
 * check, and one NOTIFY for the listener's probe).
 */
export async function checkReadiness(probes: TReadinessProbes): Promise<TReadiness> {
  const checks: Record<TReadinessCheck, TCheckState> = {
    database: 'not run',
    migrations: 'not run',
    liveListener: probes.isListenerConnected ? 'not run' : 'not used',
  };
  const fail = (failed: TReadinessCheck, reason: string): TReadiness => {
    checks[failed] = 'failed';
    return { isReady: false, checks, failed, reason };
  };
  let timer: ReturnType<typeof setTimeout> | undefined;
  const deadline = new Promise<'timeout'>((resolve) => {
    timer = setTimeout(() => resolve('timeout'), probes.timeoutMs);
  });
  try {
    const applied = await Promise.race([appliedCount(probes), deadline]);
    if (applied === 'timeout') return fail('database', `The database did not answer within ${probes.timeoutMs} ms.`);
    if (applied === 'unreachable') return fail('database', 'The database cannot be reached.');
    checks.database = 'ok';
    // Every version ships migrations; none found means the app runs outside its directory.
    if (probes.migrationNames.length === 0) {
      return fail('migrations', 'No migrations were found in prisma/migrations: start the app from its own directory.');
    }
    const missing = probes.migrationNames.length - (applied === 'no table' ? 0 : applied);
    if (missing > 0) {
      return fail(
        'migrations',
        `${missing} of the ${probes.migrationNames.length} migrations this version ships are not applied: start the app with \`npm start\` (or run \`npm run db:migrate\`).`,
      );
    }
    checks.migrations = 'ok';
    if (probes.isListenerConnected) {
      const heard = await Promise.race([probes.isListenerConnected().catch(() => false), deadline]);
      if (heard !== true) return fail('liveListener', 'The live-update listener did not hear a test notification through the database.');
      checks.liveListener = 'ok';
    }
    return { isReady: true, checks };
  } finally {
    clearTimeout(timer);
  }
}

/** How many of the shipped migrations the database records as finished; or why it cannot say. */
async function appliedCount(probes: TReadinessProbes): Promise<number | 'no table' | 'unreachable'> {
  try {
    const { rows } = await probes.query(
      `SELECT count(DISTINCT migration_name)::int AS applied FROM "_prisma_migrations"
        WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL AND migration_name = ANY($1::text[])`,
      [probes.migrationNames],
    );
    return Number(rows[0]?.applied ?? 0);
  } catch (error) {
    if ((error as { code?: unknown }).code === UNDEFINED_TABLE) return 'no table';
    // Anything else — an outage, a refused login, a missing grant — means requests could not use
    // the database either. The operator finds the driver's words in the log, not in the answer.
    log().warn({ event: 'ready.database', error: errorFields(error, { withStack: false }) }, 'readiness: the database check failed');
    return 'unreachable';
  }
}
