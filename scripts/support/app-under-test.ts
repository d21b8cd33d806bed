// A fresh database plus a production server of the app, for benchmarks that go over HTTP.
import { spawn, type ChildProcess } from 'node:child_process';
import { applyMigrations } from '@/lib/server/db/migrate';
import { createFreshDatabase, type TTestDatabase } from '../../tests/support/test-database';
import { isBuildStale } from '../build-staleness';

export type TAppUnderTest = { baseUrl: string; databaseUrl: string; kind: TTestDatabase['kind']; pid: number; stop: () => Promise<void> };
/** `pid`: the server's process, for benchmarks that read its CPU time (/proc/<pid>/stat). */
export type TAppServer = { baseUrl: string; pid: number; stop: () => Promise<void> };

function waitForExit(child: ChildProcess): Promise<number> {
  return new Promise((resolve) => child.on('exit', (code) => resolve(code ?? 1)));
}

export type TAppUnderTestOptions = {
  /** Returns the URL the app should connect to instead of the database's own (a statement counter in front of it). */
  connectThrough?: (databaseUrl: string) => Promise<string>;
};

/** The environment a benchmark's production build and server run with. */
export function appEnv(port: number, databaseUrl: string, kind: TTestDatabase['kind']): NodeJS.ProcessEnv {
  return {
    ...process.env,
    DATABASE_URL: databaseUrl,
    NEXTAUTH_SECRET: 'bench-secret-not-for-production-0123456789',
    NEXTAUTH_URL: `http://localhost:${port}`,
    NEXT_TELEMETRY_DISABLED: '1',
    // Benchmarks measure the app, not the limiter.
    COUNTERPOINT_WRITES_PER_MINUTE: '1000000',
    COUNTERPOINT_SIGNINS_PER_WINDOW: '1000000',
    COUNTERPOINT_EMBEDDED: kind === 'embedded' ? '1' : '',
    NODE_ENV: 'production',
  };
}

/** `next build` when a source file is newer than the build (or there is none). */
export async function buildIfStale(env: NodeJS.ProcessEnv): Promise<void> {
  if (isBuildStale() && (await waitForExit(spawn('node_modules/.bin/next', ['build'], { stdio: 'inherit', env }))) !== 0) {
    throw new Error('next build failed');
  }
}

/**
 * A production server of the app (built first if the build is stale) on an existing database.
 * Benchmarks start a second one on the same data when they need another DATABASE_URL, e.g. one
 * through the SQL statement counter (scripts/support/sql-statement-counter.ts).
 */
export async function startAppServer(
  port: number,
  databaseUrl: string,
  kind: TTestDatabase['kind'],
  options: { onOutput?: (text: string) => void } = {},
): Promise<TAppServer> {
  const env = appEnv(port, databaseUrl, kind);
  await buildIfStale(env);
  // `onOutput` gets the server's log (stdout and stderr), for benchmarks that count or show its lines.
  const { onOutput } = options;
  // COUNTERPOINT_BENCH_CPU_PROF=<dir>: the server writes a V8 CPU profile there when it stops (open
  // it in Chrome's DevTools), to see where a benchmark's time goes. NODE_OPTIONS may not carry it.
  const profileDir = process.env.COUNTERPOINT_BENCH_CPU_PROF;
  const profile = profileDir ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : [];
  const server = spawn(process.execPath, [...profile, 'node_modules/next/dist/bin/next', 'start', '-p', String(port)], {
    stdio: onOutput ? 'pipe' : 'ignore',
    env,
  });
  server.stdout?.setEncoding('utf8').on('data', (text: string) => onOutput?.(text));
  server.stderr?.setEncoding('utf8').on('data', (text: string) => onOutput?.(text));
  const baseUrl = `http://localhost:${port}`;
  for (let i = 0; ; i += 1) {
    try {
      if ((await fetch(baseUrl)).ok) break;
    } catch {
      if (i > 300) throw new Error('The app did not start within 30 s');
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    baseUrl,
    pid: server.pid!,
    stop: async () => {
      server.kill('SIGTERM');
      await waitForExit(server);
    },
  };
}

export async function startAppUnderTest(port: number, options: TAppUnderTestOptions = {}): Promise<TAppUnderTest> {
  const database: TTestDatabase = await createFreshDatabase(process.env.DATABASE_URL, 'counterpoint_bench');
  await applyMigrations(database.url);
  process.env.DATABASE_URL = database.url;
  const { seedDemo } = await import('../../prisma/seed');
  const { db } = await import('@/lib/server/db/client');
  await seedDemo(db);
  await db.$disconnect();
  const databaseUrl = options.connectThrough ? await options.connectThrough(database.url) : database.url;
  const server = await startAppServer(port, databaseUrl, database.kind);
  return {
    baseUrl: server.baseUrl,
    pid: server.pid,
    databaseUrl: database.url,
    kind: database.kind,
    stop: async () => {
      await server.stop();
      await database.drop();
    },
  };
}
