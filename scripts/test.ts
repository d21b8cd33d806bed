// `npm test`: all three layers on one fresh database.
//  0. the static checks (types, lint, formatting), so CI fails on them before any suite runs;
//  1. a fresh database: a new one on the server in DATABASE_URL (CI sets it), else embedded PGlite;
//  2. migrations from empty + the demo seed;
//  3. unit + integration tests (Vitest), then one `next build` and the Playwright e2e suite.
// The database is dropped at the end, pass or fail.
import { spawn } from 'node:child_process';
import { applyMigrations } from '@/lib/server/db/migrate';
import { refreshStaleNoteHtml } from '@/lib/server/markdown/refresh-stale-note-html';
import { createFreshDatabase } from '../tests/support/test-database';

function run(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: 'inherit', env });
    child.on('exit', (code) => resolve(code ?? 1));
  });
}

const bin = (name: string) => `node_modules/.bin/${name}`;
// `npm test -- vitest [files…]` or `npm test -- e2e [specs…]` runs one layer, optionally filtered.
const [only, ...filters] = process.argv.slice(2);
if (only !== 'vitest' && only !== 'e2e') {
  for (const [name, args] of [
    ['tsc', ['--noEmit']],
    ['eslint', ['.']],
    ['prettier', ['--check', '.']],
  ] as const) {
    const status = await run(bin(name), [...args], process.env);
    if (status !== 0) {
      console.error(`npm test: ${name} failed; fix it before the suites run.`);
      process.exit(status);
    }
  }
}

const serverUrl = process.env.DATABASE_URL;
// Another run (a second checkout, a benchmark) may hold the default port.
const port = process.env.COUNTERPOINT_TEST_PORT ?? '3100';
const database = await createFreshDatabase(serverUrl);
console.log(
  `Test database: ${database.kind === 'server' ? 'fresh database on the server in DATABASE_URL' : 'embedded PGlite (in memory)'}`,
);
const env: NodeJS.ProcessEnv = {
  ...process.env,
  DATABASE_URL: database.url,
  // The server the fresh database lives on, for tests that need yet another empty database.
  COUNTERPOINT_TEST_SERVER_URL: serverUrl ?? '',
  COUNTERPOINT_TEST_DB: '1',
  COUNTERPOINT_EMBEDDED: database.kind === 'embedded' ? '1' : '',
  NEXT_TELEMETRY_DISABLED: '1',
  // One browser IP signs in for every e2e test; the limiter itself is tested in tests/integration.
  COUNTERPOINT_SIGNINS_PER_WINDOW: '10000',
  // Several specs sign up a new account, all from that one IP: more than an hour's five.
  COUNTERPOINT_SIGNUPS_PER_HOUR: '10000',
  NEXTAUTH_SECRET: 'test-secret-not-for-production-0123456789',
  NEXTAUTH_URL: `http://localhost:${port}`,
  PORT: port,
};

let code = 1;
try {
  await applyMigrations(database.url);
  await refreshStaleNoteHtml(database.url);
  process.env.DATABASE_URL = database.url;
  const { seedDemo } = await import('../prisma/seed');
  const { db } = await import('@/lib/server/db/client');
  await seedDemo(db);
  await db.$disconnect();

  code = only === 'e2e' ? 0 : await run(bin('vitest'), ['run', ...(only === 'vitest' ? filters : [])], { ...env, NODE_ENV: 'test' });
  if (code === 0 && only !== 'vitest') {
    code = await run(bin('next'), ['build'], { ...env, NODE_ENV: 'production' });
    if (code === 0) code = await run(bin('playwright'), ['test', ...(only === 'e2e' ? filters : [])], { ...env, NODE_ENV: 'production' });
  }
} finally {
  await database.drop();
}
process.exit(code);
