import 'server-only';
import { errorFields, log } from '@/lib/server/log';

// Graceful shutdown of one app instance (a deploy, `systemctl stop`, `docker stop`: SIGTERM).
//
// `next start` already does half of it: on SIGTERM it closes its HTTP server — the listening
// socket first, so new connections are refused and a proxy sends them to another instance — waits
// for every open connection to finish its request, then calls process.exit(143). Two things would
// go wrong with that alone:
//  - a live stream never finishes by itself, so the server would wait for it forever; streams are
//    ended here at once, each with an SSE `retry:` hint, and the browser's EventSource reconnects
//    (through the proxy, to another instance) with its Last-Event-ID and misses nothing;
//  - process.exit drops the database connections mid-protocol; the pools are closed first (pg's
//    Terminate message, PostgreSQL logs no "unexpected EOF"), after the last request is done.
// Next exposes no hook that runs after its server has closed, so the exit it calls is deferred
// until the pools are closed (`deferExit`). Everything lives on globalThis: Next loads this module
// once per bundle, and the instrumentation hook's copy must reach the streams that routes opened.

/** A resource that must be closed before the process exits (the pool, the LISTEN connection). */
type TCloser = () => Promise<void>;

type TShutdownState = {
  isDraining: boolean;
  isInstalled: boolean;
  /** Called once when the signal arrives: open live streams end themselves. */
  drains: Set<() => void>;
  closers: Map<string, TCloser>;
};

const globalShutdown = globalThis as unknown as { counterpointShutdown?: TShutdownState };
const state = (globalShutdown.counterpointShutdown ??= {
  isDraining: false,
  isInstalled: false,
  drains: new Set(),
  closers: new Map(),
});

/** How long the whole shutdown may take before the process exits anyway (COUNTERPOINT_SHUTDOWN_TIMEOUT_MS). */
const DEFAULT_TIMEOUT_MS = 25_000;
/** pg's pool.end() waits for connections still checked out: a stuck one must not hold the exit. */
const CLOSE_TIMEOUT_MS = 5_000;

/** Whether this instance has been told to stop: new live streams are sent elsewhere. */
export function isShuttingDown(): boolean {
  return state.isDraining;
}

/** Runs `drain` when shutdown begins (at once if it already has); returns the function that unregisters it. */
export function onShutdown(drain: () => void): () => void {
  if (state.isDraining) {
    drain();
    return () => undefined;
  }
  state.drains.add(drain);
  return () => state.drains.delete(drain);
}

/** Closes `close` before the process exits; a resource registered again under the same name replaces the old one. */
export function closeBeforeExit(name: string, close: TCloser): void {
  state.closers.set(name, close);
}

/** The shutdown deadline from the environment: a positive number of milliseconds, else 25 s. */
export function shutdownTimeoutMs(raw: string | undefined): number {
  const ms = Number(raw);
  return Number.isInteger(ms) && ms > 0 ? ms : DEFAULT_TIMEOUT_MS;
}

async function closeAll(): Promise<void> {
  const closers = [...state.closers];
  state.closers.clear();
  await Promise.all(
    closers.map(async ([name, close]) => {
      try {
        await close();
      } catch (error) {
        log().warn(
          { event: 'shutdown.close-failed', resource: name, error: errorFields(error, { withStack: false }) },
          `closing ${name} failed`,
        );
      }
    }),
  );
}

/**
 * On SIGTERM or SIGINT: end live streams, let Next finish in-flight requests, close the pools,
 * then exit with Next's code (143 for SIGTERM, 130 for SIGINT: 128 + the signal's number, which
 * process managers read as "stopped by that signal"). Past `timeoutMs` the process exits anyway.
 * Called once per process from instrumentation.ts; later calls do nothing.
 */
export function installGracefulShutdown({ timeoutMs }: { timeoutMs: number }): void {
  if (state.isInstalled) return;
  state.isInstalled = true;
  const exit = process.exit.bind(process);
  let exiting: Promise<void> | null = null;
  const finish = (code: number) => {
    exiting ??= (async () => {
      let timer: ReturnType<typeof setTimeout> | undefined;
      await Promise.race([closeAll(), new Promise((resolve) => (timer = setTimeout(resolve, CLOSE_TIMEOUT_MS)))]);
      clearTimeout(timer);
      log().info({ event: 'shutdown.done', code }, 'closed the database connections; exiting');
      exit(code);
    })();
    return exiting;
  };

  const begin = (signal: NodeJS.Signals) => {
    if (state.isDraining) return;
    state.isDraining = true;
    const streams = state.drains.size;
    log().info({ event: 'shutdown.begin', signal, streams }, `${signal}: finishing requests, ending ${streams} live stream(s)`);
    // Next's own handler (registered before this one) has already stopped accepting connections.
    for (const drain of [...state.drains]) drain();
    state.drains.clear();
    // Next calls process.exit once its server has closed: close the pools first.
    process.exit = ((code?: number | string | null) => void finish(Number(code ?? 0))) as typeof process.exit;
    const deadline = setTimeout(() => {
      log().warn({ event: 'shutdown.timeout', timeoutMs }, 'requests still open at the shutdown deadline; exiting anyway');
      void finish(signal === 'SIGINT' ? 130 : 143);
    }, timeoutMs);
    // The deadline must not be what keeps the process alive.
    deadline.unref();
  };
  process.on('SIGTERM', begin);
  process.on('SIGINT', begin);
}
