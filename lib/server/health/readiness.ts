import 'server-only';
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { dbPool } from '@/lib/server/db/pool';
import { checkReadiness, type TReadiness } from '@/lib/server/health/check-readiness';
import { isLiveListenerConnected, liveListener } from '@/lib/server/live/essay-hub';

// The process's readiness (check-readiness.ts) wired to its own pool, migrations and listener.

/** A load balancer gives up on a check after a few seconds; the answer comes well before. */
const READY_TIMEOUT_MS = 3_000;
/** How long one probe notification may take to come back on the LISTEN connection. */
const PROBE_TIMEOUT_MS = 1_000;

// Read once: the migrations a build ships do not change while it runs.
let shippedMigrations: string[] | null = null;
// Callers arriving while a check runs share it, so a burst of probes costs one check.
let inFlight: Promise<TReadiness> | null = null;

/** Whether this instance is ready for traffic, and if not the first check that failed. */
export function readiness(): Promise<TReadiness> {
  inFlight ??= check().finally(() => {
    inFlight = null;
  });
  return inFlight;
}

/**
 * The migration folders this build ships, as migrate.ts applies them (those with a
 * migration.sql). The path is spelled out here rather than taken from migrate.ts: a path the
 * bundler cannot see makes it trace the whole project into the server build.
 */
function shippedMigrationNames(): string[] {
  const dir = path.join(process.cwd(), 'prisma', 'migrations');
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(path.join(process.cwd(), 'prisma', 'migrations', entry.name, 'migration.sql')))
    .map((entry) => entry.name)
    .sort();
}

function check(): Promise<TReadiness> {
  shippedMigrations ??= shippedMigrationNames();
  return checkReadiness({
    query: (sql, values) => dbPool().query(sql, values),
    migrationNames: shippedMigrations,
    // A probe sent before the LISTEN was (re)issued is lost — the first check after start
    // opens the connection — so a second probe tells a slow start from a dead connection.
    isListenerConnected: liveListener()
      ? async () => (await isLiveListenerConnected(PROBE_TIMEOUT_MS)) || isLiveListenerConnected(PROBE_TIMEOUT_MS)
      : null,
    timeoutMs: READY_TIMEOUT_MS,
  });
}
