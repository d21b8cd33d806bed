import 'server-only';
import { randomUUID } from 'node:crypto';
import postgres from 'postgres';

// The process's one LISTEN connection (your PostgreSQL only; embedded mode has none: ADR 0008).
// Postgres.js keeps it: when the connection drops (a restart, a failover, a killed backend) it
// reconnects and issues LISTEN again for every channel, then calls `onListen` — so a listener
// never has to be re-created, and however many streams open during an outage there is still one
// connection (ADR 0013). Notifications sent while it was away are lost; callers catch up from
// the event table on `onListen` (essay-hub.ts).

/** Where readiness checks (/api/ready) send a token to themselves through PostgreSQL. */
const PROBE_CHANNEL = 'live_probe';

/**
 * Seconds to wait before reconnect attempt n: quick at first, never more than one second, so
 * live delivery resumes within about a second of the database accepting connections again
 * (Postgres.js's default backs off to 20 s).
 */
const reconnectDelaySeconds = (attempt: number) => Math.min(0.1 * 2 ** attempt, 1);

export type TLiveListener = {
  /** Whether a notification sent now through `notify` comes back on the LISTEN connection within `timeoutMs`. */
  probe: (notify: (channel: string, payload: string) => Promise<unknown>, timeoutMs: number) => Promise<boolean>;
  end: () => Promise<void>;
};

/**
 * Listens on `channels` (name → handler of a payload) over one connection to `url`; `onListen`
 * runs each time the channels are (re)subscribed, i.e. after every reconnect.
 */
export function startLiveListener(url: string, channels: Record<string, (payload: string) => void>, onListen: () => void): TLiveListener {
  const sql = postgres(url, {
    max: 1,
    connect_timeout: 3,
    backoff: reconnectDelaySeconds,
    onnotice: () => undefined,
    connection: { application_name: 'counterpoint-live' },
  });
  const probes = new Map<string, () => void>();
  const all: Record<string, (payload: string) => void> = { ...channels, [PROBE_CHANNEL]: (token) => probes.get(token)?.() };
  for (const [name, handler] of Object.entries(all)) {
    // Postgres.js sends the LISTENs of a (re)connection in this order on its one connection:
    // once the probe channel's is acknowledged, every channel is subscribed again.
    const onSubscribed = name === PROBE_CHANNEL ? onListen : undefined;
    // A first LISTEN while the database is down rejects; Postgres.js keeps the channel and
    // subscribes it when a connection comes up, calling onListen then.
    sql.listen(name, handler, onSubscribed).catch(() => undefined);
  }

  return {
    probe: async (notify, timeoutMs) => {
      const token = randomUUID();
      let timer: ReturnType<typeof setTimeout> | undefined;
      const heard = new Promise<boolean>((resolve) => {
        probes.set(token, () => resolve(true));
        timer = setTimeout(() => resolve(false), timeoutMs);
      });
      try {
        await notify(PROBE_CHANNEL, token);
        return await heard;
      } finally {
        clearTimeout(timer);
        probes.delete(token);
      }
    },
    end: () => sql.end({ timeout: 1 }),
  };
}
