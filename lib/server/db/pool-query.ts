import 'server-only';
import { createHash } from 'node:crypto';
import pg from 'pg';
import type { Prisma } from '@/lib/generated/prisma/client';
import { db, type TDb, type TTx } from '@/lib/server/db/client';
import { dbPool } from '@/lib/server/db/pool';

// Prisma's $queryRaw runs a statement through its client pipeline (request handler, query
// interpreter, driver adapter, result deserialisation) on top of pg. On the 2-core bench machine
// that costs 0.6–1.6 ms of CPU per statement over pg's own 0.3–0.7 ms (scratch measurement, one
// small row), and about 1.9 ms more for 150 rows of notes — a tenth of a rating write or of a
// page of threads. The hottest raw statements (the essay access check, the rating write, the
// thread page) run their Prisma.Sql here instead, on the same pool (ADR 0009), and come back in
// the shapes $queryRaw gives, so callers do not change: `timestamp` columns as UTC Dates, `int8`
// as bigint. tests/integration/pool-query.test.ts compares the two row for row.
// Transactions stay with Prisma: this always takes a free pooled connection.

const TIMESTAMP = 1114;
const TIMESTAMP_ARRAY = 1115;
const INT8 = 20;
const INT8_ARRAY = 1016;

// Our columns are `timestamp(3)` holding UTC (Prisma's convention); pg would read them as local time.
const utcDate = (text: string): Date => new Date(`${text.replace(' ', 'T')}Z`);
const arrayOf =
  <T>(parse: (text: string) => T) =>
  (text: string): (T | null)[] =>
    (pg.types.arrayParser as unknown as { create: (text: string, parse: (value: string) => T) => { parse: () => (T | null)[] } })
      .create(text, parse)
      .parse();

const PARSERS: Record<number, (text: string) => unknown> = {
  [TIMESTAMP]: utcDate,
  [TIMESTAMP_ARRAY]: arrayOf(utcDate),
  [INT8]: (text) => BigInt(text),
  [INT8_ARRAY]: arrayOf((text) => BigInt(text)),
};

const types = {
  getTypeParser: ((oid: number, format?: string) =>
    PARSERS[oid] ?? pg.types.getTypeParser(oid, (format ?? 'text') as 'text')) as typeof pg.types.getTypeParser,
};

/** A Date as Prisma's pg adapter binds it: UTC wall time, no offset (our columns are UTC `timestamp`). */
function utcText(date: Date): string {
  const pad = (n: number, width = 2) => String(n).padStart(width, '0');
  return (
    `${pad(date.getUTCFullYear(), 4)}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())} ` +
    `${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())}:${pad(date.getUTCSeconds())}.${pad(date.getUTCMilliseconds(), 3)}`
  );
}

function bindValue(value: unknown): unknown {
  if (value instanceof Date) return utcText(value);
  if (typeof value === 'bigint') return value.toString();
  if (Array.isArray(value)) return value.map(bindValue);
  return value;
}

// Statements run here are named (server-side prepared), one name per SQL text: each connection
// then parses and analyses a statement once, and after five runs PostgreSQL may keep a generic
// plan instead of planning again. The thread page's statement spent 1–1.4 ms of its 4.3 ms there
// (scratch measurement, 20,000 notes). Texts vary only with a query's shape (which filters are
// set), never with values, so the names are few; the cap is a guard against a caller that ever
// builds a text from data (past it, statements run unnamed as before), since a connection keeps
// every statement it prepared until it closes.
// Not on the embedded database: its socket server multiplexes every connection onto PGlite's one
// session, where a second connection's Parse of a name the first prepared fails ("prepared
// statement … already exists").
const MAX_NAMED_STATEMENTS = 256;
const statementNames = new Map<string, string>();

/** The prepared statement's name for `text`, or undefined (unnamed) on the embedded database or past the cap. */
export function statementNameOf(text: string): string | undefined {
  if (process.env.COUNTERPOINT_EMBEDDED === '1') return undefined;
  let name = statementNames.get(text);
  if (name === undefined && statementNames.size < MAX_NAMED_STATEMENTS) {
    name = `cp_${createHash('sha256').update(text).digest('hex').slice(0, 24)}`;
    statementNames.set(text, name);
  }
  return name;
}

/**
 * Runs a Prisma.Sql statement on the app's pool and answers its rows as `db.$queryRaw` would.
 * For hot read and single-statement write paths outside transactions.
 */
export async function poolQuery<TRow>(sql: Prisma.Sql): Promise<TRow[]> {
  const result = await dbPool().query({ name: statementNameOf(sql.text), text: sql.text, values: sql.values.map(bindValue), types });
  return result.rows as TRow[];
}

/**
 * `client.$queryRaw(sql)`, through poolQuery when `client` is the app's client rather than a
 * transaction's (a transaction's statements must stay on its connection).
 */
export function queryRows<TRow>(client: TDb | TTx, sql: Prisma.Sql): Promise<TRow[]> {
  return client === db ? poolQuery<TRow>(sql) : client.$queryRaw<TRow[]>(sql);
}
