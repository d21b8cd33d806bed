import { describe, expect, it } from 'vitest';
import { Prisma } from '@/lib/generated/prisma/client';
import { db } from '@/lib/server/db/client';
import { poolQuery, queryRows } from '@/lib/server/db/pool-query';

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
