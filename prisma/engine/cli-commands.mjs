// The engine's one-shot commands (`schema-engine --datasource … cli <command>`), done with plain `pg`.
// The CLI reads failures from stderr: it skips the first line, parses every other line as JSON and
// looks for {"level":"ERROR","target":"schema_engine::logger","fields":{error_code,message}}.
import pg from 'pg';
import { CONNECT_TIMEOUT_MS, quoteIdent, withDatabase } from './pg-url.mjs';

export function logLine(level, message, extra = {}) {
  const fields = { message, ...extra };
  process.stderr.write(`${JSON.stringify({ level, target: 'schema_engine::logger', fields })}\n`);
}

function describe(url) {
  try {
    const u = new URL(url);
    return {
      database: decodeURIComponent(u.pathname.slice(1)) || 'postgres',
      user: decodeURIComponent(u.username),
      server: `${u.hostname}:${u.port || 5432}`,
    };
  } catch {
    return { database: '', user: '', server: '' };
  }
}

/** Map a pg / socket error to the Prisma error code and message the native engine would give. */
function toPrismaError(error, url) {
  const { database, user, server } = describe(url);
  switch (error?.code) {
    case 'ECONNREFUSED':
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
    case 'ETIMEDOUT':
      return {
        error_code: 'P1001',
        message: `Can't reach database server at \`${server}\`\n\nPlease make sure your database server is running at \`${server}\`.`,
      };
    case '28P01':
    case '28000':
      return {
        error_code: 'P1000',
        message: `Authentication failed against database server, the provided database credentials for \`${user}\` are not valid.\n\nPlease make sure to provide valid database credentials for the database server at \`${server}\`.`,
      };
    case '3D000':
      return { error_code: 'P1003', message: `Database \`${database}\` does not exist on the database server at \`${server}\`.` };
    case '42P04':
      return { error_code: 'P1009', message: `Database \`${database}\` already exists on the database server at \`${server}\`` };
    default:
      // pg's own connect timeout / dropped handshake
      if (/^Connection terminated|timeout/i.test(String(error?.message))) return toPrismaError({ code: 'ETIMEDOUT' }, url);
      return { message: String(error?.message ?? error) }; // no code: the CLI shows the text as is
  }
}

/** Run `fn(client)` on a fresh connection to `url`, always closing it. */
async function withClient(url, fn) {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: CONNECT_TIMEOUT_MS });
  client.on('error', () => {}); // a dropped idle connection must not crash the process
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end().catch(() => {});
  }
}

const commands = {
  'can-connect-to-database': (url) => withClient(url, (client) => client.query('SELECT 1')),
  // CREATE/DROP DATABASE must run from another database; "postgres" always exists on a server.
  'create-database': (url) =>
    withClient(withDatabase(url, 'postgres'), (client) => client.query(`CREATE DATABASE ${quoteIdent(describe(url).database)}`)),
  'drop-database': (url) =>
    withClient(withDatabase(url, 'postgres'), (client) => client.query(`DROP DATABASE ${quoteIdent(describe(url).database)}`)),
};

/** Returns the process exit code: 0 on success, 1 on failure (reported on stderr). */
export async function runCliCommand(command, url) {
  const run = commands[command];
  try {
    if (!run) throw new Error(`Unsupported command: cli ${command}`);
    if (!url) throw new Error('The datasource URL is empty: set DATABASE_URL (read by prisma.config.ts).');
    await run(url);
    if (command !== 'can-connect-to-database') console.log(`Command \`${command}\` succeeded for \`${describe(url).database}\`.`);
    return 0;
  } catch (error) {
    // First line: skipped by the CLI (the native engine prints its own banner/log line there).
    logLine('INFO', `schema-engine stand-in: cli ${command}`);
    const { error_code, message } = toPrismaError(error, url);
    logLine('ERROR', message, error_code ? { error_code } : {});
    return 1;
  }
}
