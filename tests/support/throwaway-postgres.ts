// A PostgreSQL cluster of its own in a temporary directory, for tests and benchmarks that stop and
// start the database (tests/integration/database-restart.test.ts, scripts/bench-restart.ts): the
// shared server at DATABASE_URL cannot be restarted under other runs. It uses the machine's own
// server binaries (initdb, pg_ctl) with trust authentication on 127.0.0.1 and a free port. Those
// refuse to run as root, so as root (CI on this machine) every command runs as the `postgres` OS
// user, who then owns the directory.
import { execFile, execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, chownSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';

export type TThrowawayPostgres = {
  /** postgresql://postgres@127.0.0.1:<port>/postgres */
  url: string;
  port: number;
  /** Stops the server; `fast` ends every session at once (what a restart or a failover does to clients). */
  stop: (mode?: 'fast' | 'immediate') => Promise<void>;
  /** Starts it again on the same port and data; resolves once it accepts connections. */
  start: () => Promise<void>;
  /** Stops it if running and deletes its directory. */
  destroy: () => Promise<void>;
};

/**
 * Where initdb and pg_ctl are: COUNTERPOINT_PG_BINDIR, else Debian's newest
 * /usr/lib/postgresql/<version>/bin, else what `pg_config --bindir` says; null when PostgreSQL's
 * server is not installed (the embedded-only machine the README starts from).
 */
export function postgresBinDir(): string | null {
  const candidates: string[] = [];
  if (process.env.COUNTERPOINT_PG_BINDIR) candidates.push(process.env.COUNTERPOINT_PG_BINDIR);
  const debian = '/usr/lib/postgresql';
  if (existsSync(debian)) {
    const versions = readdirSync(debian)
      .filter((name) => /^\d+$/.test(name))
      .sort((a, b) => Number(b) - Number(a));
    candidates.push(...versions.map((version) => path.join(debian, version, 'bin')));
  }
  try {
    candidates.push(execFileSync('pg_config', ['--bindir'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim());
  } catch {
    // no pg_config on the PATH
  }
  return candidates.find((dir) => existsSync(path.join(dir, 'initdb')) && existsSync(path.join(dir, 'pg_ctl'))) ?? null;
}

const isRoot = () => process.getuid?.() === 0;

/** The command line that runs `binary` as the cluster's owner: ourselves, or `postgres` when we are root. */
function asOwner(binary: string, args: string[]): [string, string[]] {
  return isRoot() ? ['runuser', ['-u', 'postgres', '--', binary, ...args]] : [binary, args];
}

function run(binary: string, args: string[]): Promise<void> {
  const [command, commandArgs] = asOwner(binary, args);
  return new Promise((resolve, reject) => {
    execFile(command, commandArgs, { encoding: 'utf8' }, (error, stdout, stderr) => {
      if (error) reject(new Error(`${path.basename(binary)} failed: ${stderr || stdout || error.message}`));
      else resolve();
    });
  });
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/**
 * Creates and starts a cluster. Call `destroy` when done; a process that exits without doing so
 * still stops the server (an exit hook), so no postgres is left running, only its temp directory.
 */
export async function startThrowawayPostgres(): Promise<TThrowawayPostgres> {
  const bin = postgresBinDir();
  if (!bin) throw new Error('PostgreSQL server binaries (initdb, pg_ctl) were not found; set COUNTERPOINT_PG_BINDIR.');
  const dir = mkdtempSync(path.join(tmpdir(), 'counterpoint-pg-'));
  if (isRoot()) {
    const uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }));
    const gid = Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }));
    chownSync(dir, uid, gid);
  }
  const dataDir = path.join(dir, 'data');
  const logFile = path.join(dir, 'server.log');
  const port = await freePort();
  const pgCtl = path.join(bin, 'pg_ctl');
  // Only TCP on loopback; the socket goes in our directory, not the system server's /var/run/postgresql.
  const serverOptions = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1`;
  let isRunning = false;

  // --no-sync: only initdb's own files skip fsync (they are rewritten by the first checkpoint);
  // the server runs with PostgreSQL's default durability, as a deployment would.
  try {
    await run(path.join(bin, 'initdb'), ['-D', dataDir, '-A', 'trust', '-U', 'postgres', '-E', 'UTF8', '--no-sync']);
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
  const withLog = async (step: Promise<void>) => {
    try {
      await step;
    } catch (error) {
      const tail = existsSync(logFile) ? readFileSync(logFile, 'utf8').split('\n').slice(-15).join('\n') : '';
      throw new Error(`${(error as Error).message}\n${tail}`);
    }
  };
  const start = async () => {
    await withLog(run(pgCtl, ['-D', dataDir, '-l', logFile, '-w', '-t', '60', '-o', serverOptions, 'start']));
    isRunning = true;
  };
  const stop = async (mode: 'fast' | 'immediate' = 'fast') => {
    await withLog(run(pgCtl, ['-D', dataDir, '-m', mode, '-w', '-t', '60', 'stop']));
    isRunning = false;
  };
  const onExit = () => {
    if (!isRunning) return;
    const [command, args] = asOwner(pgCtl, ['-D', dataDir, '-m', 'immediate', 'stop']);
    try {
      execFileSync(command, args, { stdio: 'ignore' });
    } catch {
      // already gone
    }
  };
  // Ctrl-C or a kill ends the process without 'exit' hooks: stop the server, then die of the same signal.
  const onSignal = (signal: NodeJS.Signals) => {
    onExit();
    process.kill(process.pid, signal);
  };
  process.on('exit', onExit);
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  await start();
  return {
    url: `postgresql://postgres@127.0.0.1:${port}/postgres`,
    port,
    stop,
    start,
    destroy: async () => {
      process.off('exit', onExit);
      process.off('SIGINT', onSignal);
      process.off('SIGTERM', onSignal);
      if (isRunning) await stop('immediate');
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
