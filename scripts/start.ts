// `npm start`: one command from a fresh clone to a served app. With DATABASE_URL unset it runs the
// embedded PostgreSQL (PGlite) persisted under ./.data/pg; either way it applies the committed
// migrations, seeds the demo (idempotently) where that is safe, builds when stale, and serves.
//   npm start                   production server on PORT (default 3000)
//   npm run dev                 next dev with the same database set-up
//   npm start -- --seed-demo    also seed the demo accounts on your own DATABASE_URL
// The demo's password is published, so with DATABASE_URL it is seeded only when asked
// (--seed-demo or COUNTERPOINT_SEED_DEMO=1; see demo-seed-decision.ts).
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { applyMigrations } from '@/lib/server/db/migrate';
import { refreshStaleNoteHtml } from '@/lib/server/markdown/refresh-stale-note-html';
import { startEmbeddedPostgres } from '@/lib/server/db/embedded-postgres';
import { isBuildStale } from './build-staleness';
import { shouldSeedDemo } from './demo-seed-decision';

const isDev = process.argv.includes('--dev');
const port = process.env.PORT ?? '3000';
// COUNTERPOINT_LISTEN_HOST=127.0.0.1 serves only this machine: behind a proxy on the same host,
// nobody can reach the app around it and write their own X-Forwarded-For (client-ip.ts).
// Unset, Next listens on every interface.
const listenHost = process.env.COUNTERPOINT_LISTEN_HOST?.trim();
const hostArgs = listenHost ? ['-H', listenHost] : [];

function persistentSecret(): string {
  const file = '.data/nextauth-secret';
  if (!existsSync(file)) {
    mkdirSync('.data', { recursive: true });
    writeFileSync(file, randomBytes(32).toString('base64url'), { mode: 0o600 });
  }
  return readFileSync(file, 'utf8').trim();
}

function run(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<number> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: 'inherit', env });
    const forward = (signal: NodeJS.Signals) => child.kill(signal);
    process.on('SIGINT', forward);
    process.on('SIGTERM', forward);
    child.on('exit', (code) => resolve(code ?? 1));
  });
}

// COUNTERPOINT_DATA_DIR moves the embedded database (bench:writes --embedded uses a fresh one).
const dataDir = process.env.COUNTERPOINT_DATA_DIR ?? '.data/pg';
const embedded = process.env.DATABASE_URL ? null : await startEmbeddedPostgres(dataDir);
// The embedded database cannot deliver LISTEN/NOTIFY: the single app instance delivers in-process.
if (embedded) process.env.COUNTERPOINT_EMBEDDED = '1';
if (embedded) console.log(`Embedded PostgreSQL (PGlite) in ${dataDir}`);
const env: NodeJS.ProcessEnv = {
  ...process.env,
  DATABASE_URL: process.env.DATABASE_URL ?? embedded!.url,
  NEXTAUTH_SECRET: process.env.NEXTAUTH_SECRET ?? persistentSecret(),
  NEXTAUTH_URL: process.env.NEXTAUTH_URL ?? `http://localhost:${port}`,
  NEXT_TELEMETRY_DISABLED: '1',
};
process.env.DATABASE_URL = env.DATABASE_URL;

const migrations = await applyMigrations(env.DATABASE_URL!);
console.log(`Migrations: ${migrations.applied.length} applied, ${migrations.alreadyApplied} already in place.`);
const notes = await refreshStaleNoteHtml(env.DATABASE_URL!);
if (notes.rendered > 0) console.log(`Re-rendered ${notes.rendered} note(s) for the current Markdown renderer.`);
if (shouldSeedDemo({ isEmbedded: embedded !== null, isDev, argv: process.argv, seedDemoEnv: process.env.COUNTERPOINT_SEED_DEMO })) {
  const { seedDemo } = await import('../prisma/seed');
  const { db } = await import('@/lib/server/db/client');
  const seeded = await seedDemo(db);
  await db.$disconnect();
  console.log(seeded.created ? 'Seeded the demo cohort, accounts and essay.' : 'Demo data already present.');
} else {
  console.log('Demo accounts not seeded on your DATABASE_URL (their password is public); pass --seed-demo to add them.');
}

const next = 'node_modules/.bin/next';
let code = 0;
if (isDev) {
  code = await run(next, ['dev', '-p', port, ...hostArgs], { ...env, NODE_ENV: 'development' });
} else {
  if (isBuildStale()) code = await run(next, ['build'], { ...env, NODE_ENV: 'production' });
  if (code === 0) {
    console.log(`Counterpoint: http://${listenHost || 'localhost'}:${port}`);
    code = await run(next, ['start', '-p', port, ...hostArgs], { ...env, NODE_ENV: 'production' });
  }
}
await embedded?.stop();
process.exit(code);
