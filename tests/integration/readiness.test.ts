// /api/health and /api/ready as a load balancer reads them: the app on its migrated database is
// ready; the same app started on an empty database, or on a database that is not there, is
// answered 503 with Retry-After and the name of the check that failed — and nothing else.
import pg from 'pg';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { applyMigrations, listMigrations } from '@/lib/server/db/migrate';
import { checkReadiness } from '@/lib/server/health/check-readiness';
import { startLiveListener } from '@/lib/server/live/live-listener';
import { createFreshDatabase, type TTestDatabase } from '../support/test-database';

const APP = 'http://counterpoint.test';
const isEmbedded = process.env.COUNTERPOINT_EMBEDDED === '1';
const migratedUrl = process.env.DATABASE_URL!;

type TGlobals = { counterpointDbPool?: pg.Pool };

/**
 * The app's modules loaded afresh with DATABASE_URL = `url`, as a process started on that
 * database would load them; its pool and LISTEN connection are closed after the test.
 */
async function appOn(url: string) {
  await closeApp();
  process.env.DATABASE_URL = url;
  vi.resetModules();
  return {
    ready: (await import('@/app/api/ready/route')).GET,
    health: (await import('@/app/api/health/route')).GET,
  };
}

async function closeApp() {
  const { stopLiveListener } = await import('@/lib/server/live/essay-hub');
  await stopLiveListener();
  const globals = globalThis as unknown as TGlobals;
  await globals.counterpointDbPool?.end();
  delete globals.counterpointDbPool;
}

async function read(handler: (request: Request) => Promise<Response>, path: string) {
  const response = await handler(new Request(`${APP}${path}`));
  return {
    status: response.status,
    retryAfter: response.headers.get('retry-after'),
    body: (await response.json()) as Record<string, unknown>,
  };
}

let empty: TTestDatabase;
beforeAll(async () => {
  empty = await createFreshDatabase(process.env.COUNTERPOINT_TEST_SERVER_URL || undefined, 'counterpoint_unready');
});
afterEach(async () => {
  await closeApp();
  process.env.DATABASE_URL = migratedUrl;
  vi.resetModules();
});
afterAll(async () => {
  await empty?.drop();
});

describe('GET /api/health', () => {
  it('answers 200 ok without asking the database, even when there is none', async () => {
    const app = await appOn('postgresql://postgres@127.0.0.1:1/nowhere');
    expect(await read(app.health, '/api/health')).toEqual({ status: 200, retryAfter: null, body: { status: 'ok' } });
  });
});

describe('GET /api/ready', () => {
  it('answers 200 with every check passed on the migrated database', async () => {
    const app = await appOn(migratedUrl);
    expect(await read(app.ready, '/api/ready')).toEqual({
      status: 200,
      retryAfter: null,
      body: { status: 'ready', checks: { database: 'ok', migrations: 'ok', liveListener: isEmbedded ? 'not used' : 'ok' } },
    });
  });

  it('answers 503 naming the migrations on an empty database, and 200 once they are applied', async () => {
    const app = await appOn(empty.url);
    const shipped = listMigrations().length;
    expect(await read(app.ready, '/api/ready')).toEqual({
      status: 503,
      retryAfter: '5',
      body: {
        status: 'unavailable',
        failed: 'migrations',
        error: `${shipped} of the ${shipped} migrations this version ships are not applied: start the app with \`npm start\` (or run \`npm run db:migrate\`).`,
        checks: { database: 'ok', migrations: 'failed', liveListener: isEmbedded ? 'not used' : 'not run' },
      },
    });

    await applyMigrations(empty.url);
    const after = await read(app.ready, '/api/ready');
    expect(after.status).toBe(200);
    expect(after.body.checks).toEqual({ database: 'ok', migrations: 'ok', liveListener: isEmbedded ? 'not used' : 'ok' });
  });

  it('answers 503 naming the database when nothing listens at its address, without the driver’s words', async () => {
    const app = await appOn('postgresql://counterpoint_secret_user@127.0.0.1:1/nowhere');
    const answer = await read(app.ready, '/api/ready');
    expect(answer).toEqual({
      status: 503,
      retryAfter: '5',
      body: {
        status: 'unavailable',
        failed: 'database',
        error: 'The database cannot be reached.',
        checks: { database: 'failed', migrations: 'not run', liveListener: isEmbedded ? 'not used' : 'not run' },
      },
    });
    expect(JSON.stringify(answer.body)).not.toMatch(/ECONNREFUSED|127\.0\.0\.1|counterpoint_secret_user/);
  });

  it('fails the live-listener check when the LISTEN connection cannot reach the database though the pool can', async () => {
    const pool = new pg.Pool({ connectionString: migratedUrl, max: 1 });
    const listener = startLiveListener('postgresql://postgres@127.0.0.1:1/nowhere', {}, () => undefined);
    try {
      const result = await checkReadiness({
        query: (sql, values) => pool.query(sql, values),
        migrationNames: listMigrations().map((m) => m.name),
        isListenerConnected: () => listener.probe((channel, payload) => pool.query('SELECT pg_notify($1, $2)', [channel, payload]), 500),
        timeoutMs: 3_000,
      });
      expect(result).toEqual({
        isReady: false,
        failed: 'liveListener',
        reason: 'The live-update listener did not hear a test notification through the database.',
        checks: { database: 'ok', migrations: 'ok', liveListener: 'failed' },
      });
    } finally {
      await listener.end();
      await pool.end();
    }
  });
});
