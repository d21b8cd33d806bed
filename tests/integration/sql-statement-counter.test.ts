import net from 'node:net';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSqlStatementCounter, type TSqlStatementCounter } from '@/scripts/support/sql-statement-counter';

// The benchmarks' "statements per view" rests on this proxy: it must count what a client sends
// and pass everything through untouched, on the real server the tests run against.
describe('the SQL statement counter', () => {
  let counter: TSqlStatementCounter;
  beforeAll(async () => {
    counter = await startSqlStatementCounter({ target: process.env.DATABASE_URL! });
  });
  afterAll(async () => {
    await counter.stop();
  });

  async function withClient<T>(run: (client: pg.Client) => Promise<T>): Promise<T> {
    const client = new pg.Client({ connectionString: counter.url });
    await client.connect();
    try {
      return await run(client);
    } finally {
      await client.end();
    }
  }

  it('counts three simple queries as three, and connecting as none', async () => {
    counter.reset();
    const answers = await withClient(async (client) => {
      const values: unknown[] = [];
      for (const sql of ['SELECT 1 AS n', 'SELECT 2 AS n', 'SELECT 3 AS n']) values.push((await client.query(sql)).rows[0].n);
      return values;
    });
    expect(answers).toEqual([1, 2, 3]);
    expect(counter.count()).toBe(3);
    expect(counter.statements()).toEqual(['SELECT 1 AS n', 'SELECT 2 AS n', 'SELECT 3 AS n']);
  });

  it('counts each run of a parameterized (extended-protocol) query once', async () => {
    counter.reset();
    const sums = await withClient(async (client) => {
      const values: unknown[] = [];
      for (const n of [1, 2]) values.push((await client.query('SELECT $1::int + 1 AS n', [n])).rows[0].n);
      return values;
    });
    expect(sums).toEqual([2, 3]);
    expect(counter.count()).toBe(2);
    expect(counter.statements()).toEqual(['SELECT $1::int + 1 AS n', 'SELECT $1::int + 1 AS n']);
  });

  it('names each run of a prepared statement by its own SQL, interleaved with others', async () => {
    counter.reset();
    const answers = await withClient(async (client) => {
      const values: unknown[] = [];
      for (const n of [1, 2]) {
        values.push((await client.query({ name: 'double', text: 'SELECT $1::int * 2 AS n', values: [n] })).rows[0].n);
        values.push((await client.query('SELECT $1::int - 1 AS n', [n])).rows[0].n);
      }
      return values;
    });
    expect(answers).toEqual([2, 0, 4, 1]);
    expect(counter.count()).toBe(4);
    // The second run of "double" sends no Parse: its SQL is the one the connection prepared.
    expect(counter.statements()).toEqual([
      'SELECT $1::int * 2 AS n',
      'SELECT $1::int - 1 AS n',
      'SELECT $1::int * 2 AS n',
      'SELECT $1::int - 1 AS n',
    ]);
  });

  it('counts a query larger than one network chunk once and passes it through whole', async () => {
    counter.reset();
    const ids = Array.from({ length: 20_001 }, (_, i) => i);
    const placeholders = ids.map((i) => `$${i + 1}::int`).join(',');
    const total = await withClient(
      async (client) => (await client.query(`SELECT array_length(ARRAY[${placeholders}], 1) AS n`, ids)).rows[0].n,
    );
    expect(total).toBe(20_001);
    expect(counter.count()).toBe(1);
    expect(counter.statements()[0]).toMatch(/^SELECT array_length\(ARRAY\[\$1::int,\$2::int,/);
  });

  it('counts queries from many connections at once', async () => {
    counter.reset();
    const pool = new pg.Pool({ connectionString: counter.url, max: 5 });
    try {
      const rows = await Promise.all(Array.from({ length: 10 }, (_, i) => pool.query('SELECT $1::int AS n', [i])));
      expect(rows.map((r) => r.rows[0].n)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    } finally {
      await pool.end();
    }
    expect(counter.count()).toBe(10);
  });

  it('refuses SSL so that the stream stays readable (a client asking for it gets "N")', async () => {
    const { port } = new URL(counter.url);
    const socket = net.connect(Number(port), '127.0.0.1');
    const sslRequest = Buffer.alloc(8);
    sslRequest.writeInt32BE(8, 0);
    sslRequest.writeInt32BE(80877103, 4);
    socket.write(sslRequest);
    const answer = await new Promise<string>((resolve) => socket.once('data', (data) => resolve(data.toString())));
    socket.destroy();
    expect(answer).toBe('N');
  });

  it('starts again from zero after a reset', async () => {
    await withClient((client) => client.query('SELECT 1'));
    counter.reset();
    expect(counter.count()).toBe(0);
  });
});
