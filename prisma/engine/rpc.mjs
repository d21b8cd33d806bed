// JSON-RPC 2.0 server over stdio, speaking the protocol the Prisma CLI uses with its native
// schema-engine (one JSON message per line), backed by @prisma/schema-engine-wasm.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import readline from 'node:readline';
import { createAdapterFactory } from './adapter.mjs';

const require = createRequire(import.meta.url);
const wasmDir = path.dirname(require.resolve('@prisma/schema-engine-wasm'));

// The package's own entry imports the .wasm file as an ES module, which Node 20 cannot do without a
// flag: instantiate it by hand with the generated glue as the import object.
async function loadWasm() {
  const glue = await import('@prisma/schema-engine-wasm/schema_engine_bg');
  const bytes = await readFile(path.join(wasmDir, 'schema_engine_bg.wasm'));
  const { instance } = await WebAssembly.instantiate(bytes, { './schema_engine_bg.js': glue });
  glue.__wbg_set_wasm(instance.exports);
  instance.exports.__wbindgen_start();
  return glue;
}

// A Rust panic surfaces in JS as a bare "unreachable" RuntimeError; the panic text arrives
// through this registry just before.
let panicMessage = null;
globalThis.PRISMA_WASM_PANIC_REGISTRY = { set_message: (message) => (panicMessage = message) };

const send = (message) => process.stdout.write(`${JSON.stringify(message)}\n`);

/** Engine log lines go to stderr as JSON, where the CLI collects them for its error messages. */
function log(line) {
  if (typeof line === 'string' && line.startsWith('{')) process.stderr.write(`${line.trimEnd()}\n`);
}

/** Build the error reply the CLI understands (code 4466, details in `data`). */
function toRpcError(error, factory) {
  const isPanic = panicMessage !== null || error instanceof WebAssembly.RuntimeError;
  let message = isPanic ? (panicMessage ?? String(error?.message ?? error)) : String(error?.message ?? error);
  // Fix 4: errors thrown inside the adapter reach us only as "External error id#N"; the real error
  // is waiting in the factory's error registry.
  message = message.replace(/External error id#(\d+)/g, (text, id) => {
    const record = factory?.errorRegistry.consumeError(Number(id));
    return record ? String(record.error?.message ?? record.error) : text;
  });
  return {
    code: 4466,
    // The CLI shows `message` itself for panics, `data.message` otherwise.
    message: isPanic ? message : 'An error happened. Check the data field for details.',
    data: { is_panic: isPanic, message, error_code: error?.code ?? undefined, meta: error?.meta ?? undefined },
  };
}

/**
 * The Wasm engine's evaluateDataLoss and createMigration get no shadow database factory: they only
 * read the schema of the migration history from a cache (keyed by the migration list) that
 * devDiagnostic / diagnoseMigrationHistory fill. In `migrate dev` after pending migrations were
 * applied, the cache holds only the older list and they fail with "PostgreSQL shadow DB must be
 * provided through an external factory". Then fill the cache for this list and retry once.
 */
async function withMigrationsSchema(engine, method, params) {
  try {
    return await engine[method](params);
  } catch (error) {
    if (!/shadow DB must be provided through an external factory/.test(String(error?.message))) throw error;
    const filters = params.filters ?? { externalTables: [], externalEnums: [] };
    await engine.diagnoseMigrationHistory({ migrationsList: params.migrationsList, optInToShadowDatabase: true, filters });
    return await engine[method](params);
  }
}

/**
 * Serve requests until stdin closes. `datamodels` are [path, content] pairs, `datasource` is the
 * JSON the CLI passed with --datasource ({ url, shadowDatabaseUrl }).
 */
export function serve({ datamodels, datasource }) {
  const factory = createAdapterFactory(datasource);
  // Start compiling the Wasm right away; requests wait for it.
  const enginePromise = loadWasm().then((glue) =>
    // `datamodels` must be undefined or non-empty.
    glue.SchemaEngine.new({ datamodels: datamodels.length > 0 ? datamodels : undefined }, log, factory),
  );
  enginePromise.catch(() => {}); // reported per request below
  let engine = null;
  let nextPrintId = 1;

  async function handle(request) {
    const { id, method, params } = request;
    try {
      engine ??= await enginePromise;
      let result;
      if (method === 'getDatabaseVersion') {
        result = await engine.version(params ?? undefined);
      } else if (method === 'diff') {
        // The Wasm engine returns the diff as `stdout`; the native one asks the CLI to print it.
        const { stdout, ...rest } = await engine.diff(params);
        if (stdout) send({ jsonrpc: '2.0', id: `print-${nextPrintId++}`, method: 'print', params: { content: stdout } });
        result = rest;
      } else if (method === 'debugPanic') {
        result = engine.debugPanic();
      } else if (method === 'evaluateDataLoss' || method === 'createMigration') {
        result = await withMigrationsSchema(engine, method, params);
      } else if (typeof engine[method] === 'function' && method !== 'free') {
        result = await engine[method](params ?? {});
      } else {
        send({ jsonrpc: '2.0', id, error: { code: -32601, message: `Method not found: ${method}` } });
        return;
      }
      send({ jsonrpc: '2.0', id, result: result ?? {} });
    } catch (error) {
      const reply = toRpcError(error, factory);
      send({ jsonrpc: '2.0', id, error: reply });
      // Like the native engine, do not keep serving from a panicked (poisoned) Wasm instance.
      if (reply.data.is_panic) process.stdout.write('', () => process.exit(101));
    }
  }

  // The engine is not re-entrant: handle one request at a time, in arrival order.
  let queue = Promise.resolve();
  const lines = readline.createInterface({ input: process.stdin, crlfDelay: Infinity });
  lines.on('line', (line) => {
    if (!line.trim()) return;
    let message;
    try {
      message = JSON.parse(line);
    } catch {
      send({ jsonrpc: '2.0', id: null, error: { code: -32700, message: 'Parse error' } });
      return;
    }
    if (message.method === undefined) return; // the CLI's acknowledgement of a `print` request
    queue = queue.then(() => handle(message));
  });
  // The CLI stops the engine by closing stdin (and kills it right after). Answer what was already
  // asked, then exit explicitly: open pools and Wasm timers would otherwise keep the process alive.
  lines.on('close', () => {
    queue.finally(() => {
      try {
        engine?.free();
      } catch {}
      process.exit(0);
    });
  });
}
