// No 'server-only' here: proxy.ts imports this, and it is bundled apart from the server components.

// Whether the database is known to be unreachable right now (a restart, a failover), so that page
// requests can be answered 503 "try again shortly" by proxy.ts instead of rendering into a 500:
// a page cannot choose its status, and Next logs each failed render as a multi-line error dump.
// API routes need none of this — they answer 503 themselves (errors.ts).
// The state lives on globalThis: the proxy is bundled apart from the routes and the pool, and all
// of them must see the same one. The pool reports what it sees (pool.ts): an idle connection
// ended by the server or an outage error marks the database unreachable, a new connection that
// works marks it reachable, and while it is marked, a probe through the pool decides.

type TOutageState = {
  since: number | null;
  probe: (() => Promise<unknown>) | null;
  checking: Promise<boolean> | null;
  checkedAt: number;
};
const globalOutage = globalThis as unknown as { counterpointDatabaseOutage?: TOutageState };
const state = (globalOutage.counterpointDatabaseOutage ??= { since: null, probe: null, checking: null, checkedAt: 0 });

/** How often a page request may try the database again while it is marked unreachable. */
const PROBE_INTERVAL_MS = 250;

export function markDatabaseUnreachable(): void {
  state.since ??= Date.now();
}

export function markDatabaseReachable(): void {
  state.since = null;
}

/** How to check the database (a `SELECT 1` through the app's pool); set once by the pool. */
export function setDatabaseProbe(probe: () => Promise<unknown>): void {
  state.probe = probe;
}

/**
 * Whether the database is unreachable: false unless an outage was seen; then one probe at a time,
 * at most every 250 ms, shared by every request that asks meanwhile, decides.
 */
export async function isDatabaseUnreachable(): Promise<boolean> {
  const probe = state.probe;
  if (state.since === null || probe === null) return false;
  if (state.checking) return state.checking;
  if (Date.now() - state.checkedAt < PROBE_INTERVAL_MS) return true;
  state.checking = probe().then(
    () => {
      markDatabaseReachable();
      return false;
    },
    () => true,
  );
  try {
    return await state.checking;
  } finally {
    state.checking = null;
    state.checkedAt = Date.now();
  }
}
