// Closed-loop load: `clients` loops, each sending its next request as soon as the last one answered,
// for `ms` milliseconds. Benchmarks compare the app and its floor with the same loop.
export type TLoadResult = { requests: number; ok: number; seconds: number; latencies: number[]; byStatus: Map<string, number> };

/**
 * Runs `send(client, n)` back to back in each of `clients` loops until `ms` have passed. `send`
 * answers the HTTP status (or throws on a network error, counted as "network").
 */
export async function runLoad(clients: number, ms: number, send: (client: number, n: number) => Promise<number>): Promise<TLoadResult> {
  const latencies: number[] = [];
  const byStatus = new Map<string, number>();
  let ok = 0;
  const started = performance.now();
  const deadline = started + ms;
  await Promise.all(
    Array.from({ length: clients }, async (_, client) => {
      for (let n = 0; performance.now() < deadline; n += 1) {
        const sent = performance.now();
        let status: string;
        try {
          const code = await send(client, n);
          status = String(code);
          if (code < 400) ok += 1;
        } catch (error) {
          status = `network (${(error as Error).message.slice(0, 60)})`;
        }
        latencies.push(performance.now() - sent);
        byStatus.set(status, (byStatus.get(status) ?? 0) + 1);
      }
    }),
  );
  return { requests: latencies.length, ok, seconds: (performance.now() - started) / 1000, latencies, byStatus };
}

/** Adds `b` into `a` (the rounds of one side of an interleaved run). */
export function mergeLoad(a: TLoadResult | null, b: TLoadResult): TLoadResult {
  if (!a) return b;
  const byStatus = new Map(a.byStatus);
  for (const [status, count] of b.byStatus) byStatus.set(status, (byStatus.get(status) ?? 0) + count);
  return {
    requests: a.requests + b.requests,
    ok: a.ok + b.ok,
    seconds: a.seconds + b.seconds,
    latencies: [...a.latencies, ...b.latencies],
    byStatus,
  };
}

export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((x, y) => x - y);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
}
