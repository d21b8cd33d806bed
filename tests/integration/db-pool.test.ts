import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/server/db/client';
import { createDbPool, dbPool } from '@/lib/server/db/pool';
import { poolSettings } from '@/lib/server/db/pool-settings';
import { toAppError } from '@/lib/server/errors';
import { consumeRateLimit } from '@/lib/server/rate-limit';
import { makeUser } from '@/prisma/factories';

// The one pool: Prisma and the rate limiter on the same connections, surviving a killed connection,
// queueing what it cannot serve at once, and saying "busy" (503) when the wait runs out.

const admin = new pg.Client({ connectionString: process.env.DATABASE_URL });
afterAll(() => admin.end());

/** The backends the app's pool holds open, seen from PostgreSQL itself. */
async function appBackends(): Promise<number[]> {
  const { rows } = await admin.query<{ pid: number }>(
    `SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND application_name = 'counterpoint' AND pid <> pg_backend_pid()`,
  );
  return rows.map((row) => row.pid);
}

describe('the database pool', () => {
  it('serves Prisma and the rate limiter from the same connections', async () => {
    await admin.connect();
    const user = await makeUser(db);
    await consumeRateLimit('write', user.id);
    await db.user.findUniqueOrThrow({ where: { id: user.id } });
    const backends = await appBackends();
    expect(backends.length).toBeGreaterThan(0);
    expect(backends.length).toBeLessThanOrEqual(poolSettings(process.env).max);
    expect(dbPool().totalCount).toBe(backends.length);
  });

  it('survives its idle connections being terminated, and the next query succeeds', async () => {
    const user = await makeUser(db);
    const before = await appBackends();
    expect(before.length).toBeGreaterThan(0);
    const dropped = new Promise<void>((resolve) => dbPool().once('error', () => resolve()));
    await admin.query('SELECT pg_terminate_backend(pid) FROM unnest($1::int[]) AS pid', [before]);
    await dropped; // the pool hears of it (and logs it) instead of crashing the process
    await expect(db.user.count({ where: { id: user.id } })).resolves.toBe(1);
    await expect(consumeRateLimit('write', user.id)).resolves.toBeUndefined();
    const after = await appBackends();
    expect(after.some((pid) => before.includes(pid))).toBe(false);
  });

  it('queues concurrent queries beyond its size instead of failing them', async () => {
    const { max } = poolSettings(process.env);
    const started = performance.now();
    const results = await Promise.allSettled(Array.from({ length: max * 4 }, () => db.$executeRaw`SELECT pg_sleep(0.05)`));
    expect(results.filter((r) => r.status === 'rejected')).toEqual([]);
    // Four waves at most `max` wide: they cannot all have run at once.
    expect(performance.now() - started).toBeGreaterThanOrEqual(4 * 50 - 10);
    expect(dbPool().totalCount).toBeLessThanOrEqual(max);
  });

  it('answers 503 with a retry hint when no connection frees up within the wait', async () => {
    const pool = createDbPool(process.env.DATABASE_URL!, { max: 1, waitMs: 100 });
    const held = await pool.connect();
    try {
      const error = await pool.query('SELECT 1').catch((e: unknown) => e);
      const answer = toAppError(error);
      expect(answer.status).toBe(503);
      expect(answer.message).toMatch(/busy/i);
      expect(answer.retryAfterSeconds).toBeGreaterThan(0);
    } finally {
      held.release();
      await pool.end();
    }
  });
});
