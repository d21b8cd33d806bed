// Driver adapter for the Wasm schema engine: @prisma/adapter-pg plus the fixes it needs when the
// schema engine (rather than the query client) drives it. Fixes 1-2 are here, 3 in shadow.mjs, 4 in
// rpc.mjs; each was a reproduced failure with adapter-pg 7.10.1. Re-check them on every upgrade.
import { PrismaPg } from '@prisma/adapter-pg';
import { ColumnTypeEnum, bindMigrationAwareSqlAdapterFactory } from '@prisma/driver-adapter-utils';
import { CONNECT_TIMEOUT_MS, schemaOf } from './pg-url.mjs';
import { connectToShadowDb } from './shadow.mjs';

const CHAR_OID = 18; // the one-byte catalog type "char" (pg_class.relkind, pg_constraint.contype, …)
const TEXT_OID = 25;

// Fix 1: adapter-pg throws "Unsupported column type char" for OID 18, which the engine reads while
// introspecting the catalogs. Let pg parse it as text, then report the column as Character.
// (OID 19 `name` is already mapped to Text by adapter-pg 7.10.1.)
// Fix 2: adapter-pg's executeScript splits the script on ";", which cuts `$$ … $$` function bodies
// apart. A multi-statement script without parameters is valid as one simple query, so send it whole.
function fixQueryable(q) {
  const charColumns = new WeakMap(); // rows array -> indexes of "char" columns
  const performIO = q.performIO.bind(q);
  q.performIO = async (query) => {
    const result = await performIO(query);
    if (!Array.isArray(result?.fields)) return result; // a multi-statement script yields an array
    const indexes = [];
    result.fields.forEach((field, i) => {
      if (field.dataTypeID === CHAR_OID) {
        field.dataTypeID = TEXT_OID;
        indexes.push(i);
      }
    });
    if (indexes.length > 0) charColumns.set(result.rows, indexes);
    return result;
  };
  const queryRaw = q.queryRaw.bind(q);
  q.queryRaw = async (query) => {
    const result = await queryRaw(query);
    for (const i of charColumns.get(result.rows) ?? []) result.columnTypes[i] = ColumnTypeEnum.Character;
    return result;
  };
  return q;
}

function fixAdapter(adapter) {
  fixQueryable(adapter);
  adapter.executeScript = async (script) => {
    try {
      await adapter.client.query(script);
    } catch (error) {
      adapter.onError(error); // rethrows as a DriverAdapterError, like adapter-pg does
    }
  };
  const startTransaction = adapter.startTransaction.bind(adapter);
  adapter.startTransaction = async (isolationLevel) => fixQueryable(await startTransaction(isolationLevel));
  return adapter;
}

/** A fixed adapter-pg adapter on `url` (a pool; it connects on the first query). */
export async function connectPg(url) {
  const config = { connectionString: url, connectionTimeoutMillis: CONNECT_TIMEOUT_MS };
  return fixAdapter(await new PrismaPg(config, { schema: schemaOf(url) }).connect());
}

/**
 * The adapter factory handed to `SchemaEngine.new`, wrapped by bindMigrationAwareSqlAdapterFactory
 * (whose `errorRegistry` turns "External error id#N" back into the thrown error, fix 4 in rpc.mjs).
 */
export function createAdapterFactory({ url = '', shadowDatabaseUrl } = {}) {
  // pg would silently fall back to localhost/$USER for an empty string.
  const emptyUrl = () => new Error('The datasource URL is empty: set DATABASE_URL (read by prisma.config.ts).');
  const factory = {
    provider: 'postgres',
    adapterName: '@prisma/adapter-pg',
    async connect() {
      // The Wasm engine connects even for diffs that never query (--from-empty --to-schema), so
      // without a URL hand it an adapter that only fails once it is actually used.
      return url ? connectPg(url) : unconnectedAdapter(emptyUrl);
    },
    // Fix 3 (shadow.mjs): adapter-pg's own connectToShadowDb ends up on the main database.
    async connectToShadowDb() {
      if (!url && !shadowDatabaseUrl) throw emptyUrl();
      return connectToShadowDb({ url, shadowDatabaseUrl, connect: connectPg });
    },
  };
  return bindMigrationAwareSqlAdapterFactory(factory);
}

// The Wasm engine's probe on every new connection: EXISTS(schema), version(), server_version_num.
const PROBE = 'SELECT EXISTS(SELECT 1 FROM pg_namespace WHERE nspname = $1), version(),';

function unconnectedAdapter(makeError) {
  const fail = async () => {
    throw makeError();
  };
  return {
    provider: 'postgres',
    adapterName: '@prisma/adapter-pg',
    // Answer only the connection probe, so that database-free diffs (--from-empty --to-schema) work
    // without a URL, as they do with the native engine; every real query fails with a clear message.
    async queryRaw(query) {
      if (!query.sql.startsWith(PROBE)) return fail();
      return {
        columnNames: ['exists', 'version', 'numeric_version'],
        columnTypes: [ColumnTypeEnum.Boolean, ColumnTypeEnum.Text, ColumnTypeEnum.Int32],
        rows: [[true, 'PostgreSQL 15 (no database: DATABASE_URL is empty)', 150000]],
      };
    },
    executeRaw: fail,
    executeScript: fail,
    startTransaction: fail,
    getConnectionInfo: () => ({ schemaName: 'public', supportsRelationJoins: true }),
    dispose: async () => {},
  };
}
