// npm run ops:backup-check: proves a backup restores. Dumps DATABASE_URL with `pg_dump -Fc`,
// restores the dump with `pg_restore` into a fresh database on the same server, and compares
// every table's row count and every sequence's position; exits 1 on any difference.
//   npm run ops:backup-check               checks DATABASE_URL (your database; it is only read)
//   npm run ops:backup-check -- --demo     checks a fresh database with the demo seeded, made and
//                                          dropped on DATABASE_URL's server (what docs/deploy.md shows)
//   --keep                                 leaves the restored database and the dump file in place
// The dump is taken inside a snapshot the script holds open and counts in, so the counts match
// what the dump holds even while the app keeps writing.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { applyMigrations } from '@/lib/server/db/migrate';

const args = process.argv.slice(2);
const isDemo = args.includes('--demo');
const isKept = args.includes('--keep');
const serverUrl = process.env.DATABASE_URL;
if (!serverUrl) {
  console.error(
    'ops:backup-check: set DATABASE_URL to your PostgreSQL (the embedded database is not backed up with pg_dump; copy .data/pg while the app is stopped).',
  );
  process.exit(1);
}

/** The same server, another database. */
function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

/** libpq's connection settings as environment variables, so no password shows in `ps`. */
function libpqEnv(url: string): NodeJS.ProcessEnv {
  const parsed = new URL(url);
  return {
    ...process.env,
    PGHOST: parsed.hostname,
    PGPORT: parsed.port || '5432',
    PGUSER: decodeURIComponent(parsed.username) || process.env.PGUSER,
    PGPASSWORD: parsed.password ? decodeURIComponent(parsed.password) : process.env.PGPASSWORD,
    PGDATABASE: decodeURIComponent(parsed.pathname.slice(1)),
    PGSSLMODE: parsed.searchParams.get('sslmode') ?? process.env.PGSSLMODE,
  };
}

function run(command: string, commandArgs: string[], env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, commandArgs, { stdio: ['ignore', 'inherit', 'inherit'], env });
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${command} exited with ${code}`))));
  });
}

async function adminQuery(sql: string): Promise<void> {
  const admin = new pg.Client({ connectionString: withDatabase(serverUrl!, 'postgres') });
  await admin.connect();
  try {
    await admin.query(sql);
  } finally {
    await admin.end();
  }
}

type TCounts = Map<string, number>;

/** Exact row counts of every table and the position of every sequence, outside PostgreSQL's own schemas. */
async function countEverything(client: pg.Client): Promise<TCounts> {
  const counts: TCounts = new Map();
  const tables = await client.query<{ name: string }>(
    `SELECT format('%I.%I', schemaname, tablename) AS name FROM pg_tables
      WHERE schemaname NOT IN ('pg_catalog', 'information_schema') ORDER BY 1`,
  );
  for (const { name } of tables.rows) {
    const { rows } = await client.query<{ n: string }>(`SELECT count(*) AS n FROM ${name}`);
    counts.set(name, Number(rows[0]!.n));
  }
  const sequences = await client.query<{ name: string; position: string | null }>(
    `SELECT format('%I.%I', schemaname, sequencename) AS name, last_value AS position FROM pg_sequences
      WHERE schemaname NOT IN ('pg_catalog', 'information_schema') ORDER BY 1`,
  );
  for (const { name, position } of sequences.rows) counts.set(`sequence ${name}`, Number(position ?? 0));
  return counts;
}

const suffix = `${Date.now()}_${randomBytes(3).toString('hex')}`;
const sourceName = isDemo ? `counterpoint_backup_demo_${suffix}` : decodeURIComponent(new URL(serverUrl).pathname.slice(1));
const sourceUrl = withDatabase(serverUrl, sourceName);
const restoredName = `counterpoint_restore_check_${suffix}`;
const restoredUrl = withDatabase(serverUrl, restoredName);
const workDir = mkdtempSync(path.join(tmpdir(), 'counterpoint-backup-'));
const dumpFile = path.join(workDir, `${sourceName}.dump`);

let exitCode = 1;
try {
  if (isDemo) {
    await adminQuery(`CREATE DATABASE "${sourceName}"`);
    await applyMigrations(sourceUrl);
    process.env.DATABASE_URL = sourceUrl;
    const { seedDemo } = await import('../prisma/seed');
    const { db } = await import('@/lib/server/db/client');
    await seedDemo(db);
    await db.$disconnect();
  }

  // One snapshot for the dump and the counts: writes after it are in neither.
  const source = new pg.Client({ connectionString: sourceUrl, application_name: 'counterpoint-backup-check' });
  await source.connect();
  let sourceCounts: TCounts;
  const dumpStarted = performance.now();
  try {
    await source.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
    const { rows } = await source.query<{ snapshot: string }>('SELECT pg_export_snapshot() AS snapshot');
    await run('pg_dump', ['--format=custom', `--snapshot=${rows[0]!.snapshot}`, `--file=${dumpFile}`], libpqEnv(sourceUrl));
    sourceCounts = await countEverything(source);
    await source.query('COMMIT');
  } finally {
    await source.end();
  }
  const dumpSeconds = (performance.now() - dumpStarted) / 1000;

  await adminQuery(`CREATE DATABASE "${restoredName}"`);
  const restoreStarted = performance.now();
  await run(
    'pg_restore',
    ['--no-owner', '--no-privileges', '--exit-on-error', `--dbname=${restoredName}`, dumpFile],
    libpqEnv(restoredUrl),
  );
  const restoreSeconds = (performance.now() - restoreStarted) / 1000;
  const restored = new pg.Client({ connectionString: restoredUrl });
  await restored.connect();
  const restoredCounts = await countEverything(restored).finally(() => restored.end());

  const names = [...new Set([...sourceCounts.keys(), ...restoredCounts.keys()])].sort();
  const differences = names.filter((name) => sourceCounts.get(name) !== restoredCounts.get(name));
  const width = Math.max(...names.map((name) => name.length));
  console.log(`\n${'table / sequence'.padEnd(width)}  ${'dumped'.padStart(9)}  ${'restored'.padStart(9)}`);
  for (const name of names) {
    const mark = differences.includes(name) ? '  ✗ DIFFERS' : '';
    console.log(
      `${name.padEnd(width)}  ${String(sourceCounts.get(name) ?? '—').padStart(9)}  ${String(restoredCounts.get(name) ?? '—').padStart(9)}${mark}`,
    );
  }
  const tables = names.filter((name) => !name.startsWith('sequence '));
  const rows = tables.reduce((sum, name) => sum + (sourceCounts.get(name) ?? 0), 0);
  console.log(
    `\n${isDemo ? 'demo database' : sourceName}: ${tables.length} tables, ${rows} rows; dump ${(statSync(dumpFile).size / 1024).toFixed(0)} KB ` +
      `in ${dumpSeconds.toFixed(1)} s, restore in ${restoreSeconds.toFixed(1)} s.`,
  );
  if (differences.length === 0) {
    console.log('Backup check passed: every table and sequence restored exactly.');
    exitCode = 0;
  } else {
    console.error(`Backup check FAILED: ${differences.length} table(s) or sequence(s) differ after the restore.`);
  }
} catch (error) {
  console.error(`Backup check FAILED: ${(error as Error).message}`);
} finally {
  if (isKept) {
    console.log(`Kept: database ${restoredName}, dump ${dumpFile}.`);
  } else {
    await adminQuery(`DROP DATABASE IF EXISTS "${restoredName}" WITH (FORCE)`).catch(() => undefined);
    rmSync(workDir, { recursive: true, force: true });
  }
  if (isDemo) await adminQuery(`DROP DATABASE IF EXISTS "${sourceName}" WITH (FORCE)`).catch(() => undefined);
}
process.exit(exitCode);
