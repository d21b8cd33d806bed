import 'server-only';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import { dbPoolUsage } from '@/lib/server/db/pool';
import { openStreamCount } from '@/lib/server/live/stream-slots';

type TMetrics = {
  registry: Registry;
  requestDuration: Histogram<'method' | 'route' | 'status'>;
  rateLimitRejections: Counter<'policy'>;
};

// On globalThis: Next.js may load this module once per route bundle, and a registry per copy
// would split the counts between them (and /api/metrics would see only its own).
const globalMetrics = globalThis as unknown as { counterpointMetrics?: TMetrics };

// From 5 ms (a cached read) to 10 s (the pool's queue wait, then a 503).
const LATENCY_BUCKETS_SECONDS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];

function createMetrics(): TMetrics {
  const registry = new Registry();
  // Process figures (CPU, memory, event-loop lag, handles) under their standard names.
  collectDefaultMetrics({ register: registry });
  const requestDuration = new Histogram({
    name: 'counterpoint_http_request_duration_seconds',
    help: 'Time from a request reaching an API route handler to its answer (a stream: to its first byte), by route pattern.',
    labelNames: ['method', 'route', 'status'],
    buckets: LATENCY_BUCKETS_SECONDS,
    registers: [registry],
  });
  const rateLimitRejections = new Counter({
    name: 'counterpoint_rate_limit_rejections_total',
    help: 'Requests answered 429 because a rate-limit budget was spent, by policy.',
    labelNames: ['policy'],
    registers: [registry],
  });
  new Gauge({
    name: 'counterpoint_live_subscribers',
    help: 'Live (Server-Sent Events) streams open on this instance.',
    registers: [registry],
    collect() {
      this.set(openStreamCount());
    },
  });
  new Gauge({
    name: 'counterpoint_db_pool_connections',
    help: "The database pool's connections on this instance: total open, idle, requests waiting for one, and the pool's maximum.",
    labelNames: ['state'],
    registers: [registry],
    collect() {
      const usage = dbPoolUsage();
      this.set({ state: 'total' }, usage.total);
      this.set({ state: 'idle' }, usage.idle);
      this.set({ state: 'waiting' }, usage.waiting);
      this.set({ state: 'max' }, usage.max);
    },
  });
  return { registry, requestDuration, rateLimitRejections };
}

/** The process's metrics, made on first use. */
export function metrics(): TMetrics {
  return (globalMetrics.counterpointMetrics ??= createMetrics());
}
