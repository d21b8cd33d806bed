import { afterEach, describe, expect, it, vi } from 'vitest';
import { Prisma } from '@/lib/generated/prisma/client';
import { db } from '@/lib/server/db/client';
import { dbPool } from '@/lib/server/db/pool';
import { poolQuery, queryRows, statementNameOf } from '@/lib/server/db/pool-query';

// poolQuery stands in for db.$queryRaw on hot paths (pool-query.ts): callers read its rows as
// they read Prisma's, so each column type they use must come back the same, and bound values
// must mean the same to PostgreSQL.
describe('poolQuery answers rows as $queryRaw does', () => {
  const instant = new Date('2026-03-01T23:59:58.123Z');

  it('reads timestamps as the UTC instant stored, bigint as bigint, and the other types alike', async () => {
    const sql = Prisma.sql`
      SELECT ${'2026-03-01 23:59:58.123'}::timestamp(3) AS at,
             ARRAY[${'2026-03-01 23:59:58.123'}::timestamp(3), NULL] AS ats,
             NULL::timestamp(3) AS never,
             now()::timestamptz(3) > '2026-01-01T00:00:00Z'::timestamptz AS "isAfter",
             9007199254740993::bigint AS big,
             ARRAY[1, 2]::bigint[] AS bigs,
             count(*)::int AS n,
             ARRAY['a', 'b c']::text[] AS tags,
             '{"x": [1, "two"]}'::jsonb AS selectors,
             'COMMENTING'::"Motivation" AS motivation,
             true AS yes, 1.5::float8 AS ratio
        FROM generate_series(1, 3)`;
    const [viaPool] = await poolQuery<Record<string, unknown>>(sql);
    const [viaPrisma] = await db.$queryRaw<Record<string, unknown>[]>(sql);
    expect(viaPool).toEqual({
      at: instant,
      ats: [instant, null],
      never: null,
      isAfter: true,
      big: 9007199254740993n,
      bigs: [1n, 2n],
      n: 3,
      tags: ['a', 'b c'],
      selectors: { x: [1, 'two'] },
      motivation: 'COMMENTING',
      yes: true,
      ratio: 1.5,
    });
    expect(viaPool).toEqual(viaPrisma);
  });

  it('binds Dates as their UTC wall time and bigints exactly, like Prisma', async () => {
    const sql = Prisma.sql`
      SELECT ${instant}::timestamp(3) = '2026-03-01 23:59:58.123'::timestamp(3) AS "isSameInstant",
             ${9007199254740993n}::bigint = 9007199254740993 AS "isSameBig",
             ${['p', 'q']}::text[] AS list`;
    const rows = await poolQuery<Record<string, unknown>>(sql);
    expect(rows).toEqual([{ isSameInstant: true, isSameBig: true, list: ['p', 'q'] }]);
    expect(rows).toEqual(await db.$queryRaw(sql));
  });

  it('stays on the transaction when given one', async () => {
    // A row written inside the transaction is visible only on its connection: queryRows must use it.
    const seen = await db.$transaction(async (tx) => {
      await tx.$executeRaw`CREATE TEMP TABLE pool_query_probe (id int) ON COMMIT DROP`;
      await tx.$executeRaw`INSERT INTO pool_query_probe VALUES (7)`;
      return queryRows<{ id: number }>(tx, Prisma.sql`SELECT id FROM pool_query_probe`);
    });
    expect(seen).toEqual([{ id: 7 }]);
  });
});

// poolQuery names its statements (server-side prepared, one name per SQL text) so that a connection
// parses and plans a hot statement once. What must never happen: a second run, another connection,
// or a run after a failed one answering an error instead of rows.
describe('poolQuery prepares each statement once per connection', () => {
  afterEach(() => vi.unstubAllEnvs());

  it('answers repeated runs with new values on every pooled connection at once', async () => {
    const width = dbPool().options.max ?? 10;
    const runs = Array.from({ length: width * 3 }, (_, i) =>
      poolQuery<{ doubled: number }>(Prisma.sql`SELECT ${i}::int * 2 AS doubled, pg_sleep(0.01) IS NULL AS slept`),
    );
    const answers = await Promise.all(runs);
    expect(answers.map((rows) => rows[0]!.doubled)).toEqual(Array.from({ length: width * 3 }, (_, i) => i * 2));
  });

  // On the embedded database every connection shares PGlite's one session, where names would
  // collide: there the statement must run unnamed, and nothing is left prepared.
  const isEmbedded = process.env.COUNTERPOINT_EMBEDDED === '1';

  it(`leaves the statement prepared on its connection (${isEmbedded ? 'not on the embedded database' : 'server'})`, async () => {
    const sql = Prisma.sql`SELECT ${'probe'}::text AS word, 'prepared-probe' AS tag`;
    await poolQuery(sql);
    await poolQuery(sql);
    // Check out every connection the pool holds and ask each what it has prepared.
    const pool = dbPool();
    const clients = await Promise.all(Array.from({ length: pool.totalCount }, () => pool.connect()));
    try {
      const prepared = await Promise.all(
        clients.map(async (client) => (await client.query<{ statement: string }>('SELECT statement FROM pg_prepared_statements')).rows),
      );
      const holding = prepared.filter((rows) => rows.some((row) => row.statement.includes("'prepared-probe' AS tag")));
      if (isEmbedded) expect(holding).toHaveLength(0);
      else expect(holding.length).toBeGreaterThanOrEqual(1);
    } finally {
      for (const client of clients) client.release();
    }
  });

  it('answers the next run after a run that failed while executing', async () => {
    const divide = (by: number) => Prisma.sql`SELECT 10 / ${by}::int AS quotient`;
    await expect(poolQuery(divide(0))).rejects.toThrow(/division by zero/);
    expect(await poolQuery(divide(5))).toEqual([{ quotient: 2 }]);
  });

  it('answers the next run after one whose text PostgreSQL refused', async () => {
    const sql = Prisma.sql`SELECT ${1}::int AS one FROM no_such_table_for_pool_query`;
    await expect(poolQuery(sql)).rejects.toThrow(/no_such_table_for_pool_query/);
    await expect(poolQuery(sql)).rejects.toThrow(/no_such_table_for_pool_query/);
    expect(await poolQuery(Prisma.sql`SELECT ${1}::int AS one`)).toEqual([{ one: 1 }]);
  });

  it('gives one name per text, and none on the embedded database', () => {
    vi.stubEnv('COUNTERPOINT_EMBEDDED', '');
    const text = 'SELECT $1::int AS same';
    expect(statementNameOf(text)).toBe(statementNameOf(text));
    expect(statementNameOf(text)).not.toBe(statementNameOf('SELECT $1::int AS other'));
    vi.stubEnv('COUNTERPOINT_EMBEDDED', '1');
    expect(statementNameOf(text)).toBeUndefined();
  });

  it('stops naming new texts past its cap, and still names those it has', async () => {
    vi.stubEnv('COUNTERPOINT_EMBEDDED', '');
    vi.resetModules();
    const fresh = await import('@/lib/server/db/pool-query');
    const first = fresh.statementNameOf('SELECT 0 AS kept');
    for (let i = 1; i < 256; i += 1) fresh.statementNameOf(`SELECT ${i} AS filler`);
    expect(fresh.statementNameOf('SELECT 1000 AS past_the_cap')).toBeUndefined();
    expect(first).toMatch(/^cp_[0-9a-f]{24}$/);
    expect(fresh.statementNameOf('SELECT 0 AS kept')).toBe(first);
  });
});
