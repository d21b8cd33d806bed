// Production servers of the app (`next start`, the suite's one build) started by a test or a
// benchmark itself, so that it can stop them: several instances on one database, signals, restarts.
import { spawn, type ChildProcess } from 'node:child_process';

export type TAppInstance = {
  name: string;
  port: number;
  baseUrl: string;
  /** Everything the process printed so far (Next's banner, the app's JSON log lines), line by line. */
  output: string[];
  /** Sends `signal` and resolves with the exit code once the process has exited (a signal's death: 128 + its number). */
  stop: (signal?: NodeJS.Signals) => Promise<number>;
  /** Resolves with the exit code when the process exits, however that happens. */
  exited: Promise<number>;
};

export type TAppInstanceOptions = {
  name: string;
  port: number;
  /** Settings on top of this process's environment (DATABASE_URL, NEXTAUTH_SECRET, limits …). */
  env?: Record<string, string>;
};

const SIGNAL_NUMBERS: Partial<Record<NodeJS.Signals, number>> = { SIGINT: 2, SIGKILL: 9, SIGTERM: 15 };

function exitCodeOf(child: ChildProcess): Promise<number> {
  return new Promise((resolve) => {
    child.on('exit', (code, signal) => resolve(code ?? 128 + (signal ? (SIGNAL_NUMBERS[signal] ?? 0) : 0)));
  });
}

/**
 * The database URL an instance connects with, named after it: its connections show in
 * pg_stat_activity as `counterpoint-<name>` (the URL's application_name wins over the app's own).
 */
export function instanceDatabaseUrl(databaseUrl: string, name: string): string {
  const url = new URL(databaseUrl);
  url.searchParams.set('application_name', `counterpoint-${name}`);
  return url.toString();
}

/** Starts `next start` on 127.0.0.1:`port` and waits until it serves a page (at most 60 s). */
export async function startAppInstance({ name, port, env = {} }: TAppInstanceOptions): Promise<TAppInstance> {
  const databaseUrl = env.DATABASE_URL ?? process.env.DATABASE_URL;
  if (!databaseUrl) throw new Error('startAppInstance needs DATABASE_URL');
  const child = spawn('node_modules/.bin/next', ['start', '-p', String(port), '-H', '127.0.0.1'], {
    env: {
      ...process.env,
      NODE_ENV: 'production',
      NEXT_TELEMETRY_DISABLED: '1',
      ...env,
      DATABASE_URL: instanceDatabaseUrl(databaseUrl, name),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const output: string[] = [];
  for (const stream of [child.stdout, child.stderr]) {
    let partial = '';
    stream.setEncoding('utf8');
    stream.on('data', (chunk: string) => {
      const lines = (partial + chunk).split('\n');
      partial = lines.pop() ?? '';
      output.push(...lines);
    });
  }
  const exited = exitCodeOf(child);
  let hasExited = false;
  void exited.then(() => (hasExited = true));
  const baseUrl = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (hasExited) throw new Error(`${name} exited while starting:\n${output.join('\n')}`);
    try {
      if ((await fetch(`${baseUrl}/signin`)).ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`${name} did not serve within 60 s:\n${output.join('\n')}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return {
    name,
    port,
    baseUrl,
    output,
    exited,
    stop: async (signal = 'SIGTERM') => {
      if (!hasExited) child.kill(signal);
      return exited;
    },
  };
}

/** The app's JSON log lines with this `event` field, parsed. */
export function loggedEvents(instance: TAppInstance, event: string): Record<string, unknown>[] {
  return instance.output
    .filter((line) => line.startsWith('{'))
    .map((line) => {
      try {
        return JSON.parse(line) as Record<string, unknown>;
      } catch {
        return {};
      }
    })
    .filter((entry) => entry.event === event);
}
