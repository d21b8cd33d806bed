// GET /api/metrics as an operator's Prometheus and as anyone else would read it: off (404)
// until COUNTERPOINT_METRICS_TOKEN is set, then 401 without the token, and with it the request
// latencies by route pattern, live subscribers, the pool's connections and rate-limit rejections.
import { afterEach, describe, expect, it } from 'vitest';
import { GET as readHealth } from '@/app/api/health/route';
import { GET as readMetrics } from '@/app/api/metrics/route';
import { db } from '@/lib/server/db/client';
import { openEssayStream } from '@/lib/server/live/open-essay-stream';
import { consumeRateLimit } from '@/lib/server/rate-limit';
import { makeCohort, makeEssay, makeUser } from '@/prisma/factories';
import { readSse } from '@/tests/support/read-sse';

const APP = 'http://counterpoint.test';
const TOKEN = 'metrics-token-for-tests-0123456789';

afterEach(() => {
  delete process.env.COUNTERPOINT_METRICS_TOKEN;
});

function scrape(authorization?: string) {
  return readMetrics(new Request(`${APP}/api/metrics`, { headers: authorization ? { authorization } : {} }));
}

/** The value of one sample line (`name{labels} value`) of a scrape, or null when it is absent. */
function sample(text: string, series: string): number | null {
  const line = text.split('\n').find((l) => l.startsWith(`${series} `));
  return line === undefined ? null : Number(line.slice(series.length + 1));
}

async function scrapeText(): Promise<string> {
  const response = await scrape(`Bearer ${TOKEN}`);
  expect(response.status).toBe(200);
  return response.text();
}

describe('GET /api/metrics', () => {
  it('is a 404 when no token is configured, whatever the request sends', async () => {
    for (const authorization of [undefined, `Bearer ${TOKEN}`, 'Bearer ']) {
      const response = await scrape(authorization);
      expect(response.status).toBe(404);
      expect(await response.json()).toEqual({ error: 'Not found.' });
    }
  });

  it('stays a 404 when the configured token is too short to be safe', async () => {
    process.env.COUNTERPOINT_METRICS_TOKEN = 'short';
    const response = await scrape('Bearer short');
    expect(response.status).toBe(404);
  });

  it('is a 401 naming the header to send without the token, with a wrong one, or with another scheme', async () => {
    process.env.COUNTERPOINT_METRICS_TOKEN = TOKEN;
    for (const authorization of [undefined, 'Bearer wrong-token-0123456789abcdef', `Bearer ${TOKEN}x`, `Basic ${TOKEN}`, TOKEN]) {
      const response = await scrape(authorization);
      expect(response.status, `Authorization: ${authorization}`).toBe(401);
      expect(response.headers.get('www-authenticate')).toBe('Bearer realm="metrics"');
      const text = await response.text();
      expect(JSON.parse(text)).toEqual({
        error: 'Send the metrics token (COUNTERPOINT_METRICS_TOKEN) as "Authorization: Bearer <token>".',
      });
      expect(text).not.toContain('counterpoint_');
    }
  });

  it('with the token: Prometheus text with each request’s latency under its route pattern', async () => {
    process.env.COUNTERPOINT_METRICS_TOKEN = TOKEN;
    const healthCount = 'counterpoint_http_request_duration_seconds_count{method="GET",route="/api/health",status="200"}';
    const before = await scrapeText();
    await readHealth(new Request(`${APP}/api/health`));
    await readHealth(new Request(`${APP}/api/health`));
    const response = await scrape(`Bearer ${TOKEN}`);
    expect(response.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
    const after = await response.text();
    expect((sample(after, healthCount) ?? 0) - (sample(before, healthCount) ?? 0)).toBe(2);
    expect(after).toContain('# TYPE counterpoint_http_request_duration_seconds histogram');
    // A standard process figure, so dashboards built for any Node service work.
    expect(after).toContain('process_resident_memory_bytes');
  });

  it('counts an open live stream as a subscriber', async () => {
    process.env.COUNTERPOINT_METRICS_TOKEN = TOKEN;
    const owner = await makeUser(db);
    const cohort = await makeCohort(db, [{ userId: owner.id, role: 'OWNER' }]);
    const essay = await makeEssay(db, { cohortSlug: cohort.slug, text: 'Jane Writer\nAlliances deter war.' });
    const subscribersBefore = sample(await scrapeText(), 'counterpoint_live_subscribers') ?? 0;
    const abort = new AbortController();
    readSse(await openEssayStream({ viewerId: owner.id, slug: essay.slug, lastId: 0n, signal: abort.signal }));
    expect(sample(await scrapeText(), 'counterpoint_live_subscribers')).toBe(subscribersBefore + 1);
    abort.abort();
  });

  it('counts every refusal of a spent rate-limit budget under its policy', async () => {
    process.env.COUNTERPOINT_METRICS_TOKEN = TOKEN;
    const rejected = 'counterpoint_rate_limit_rejections_total{policy="write"}';
    const rejectedBefore = sample(await scrapeText(), rejected) ?? 0;
    const writer = await makeUser(db);
    await consumeRateLimit('write', writer.id, 60); // the whole minute's budget (60)
    await expect(consumeRateLimit('write', writer.id)).rejects.toMatchObject({ code: 'RATE_LIMITED' });
    await expect(consumeRateLimit('write', writer.id)).rejects.toMatchObject({ code: 'RATE_LIMITED' });
    expect(sample(await scrapeText(), rejected)).toBe(rejectedBefore + 2);
  });

  it('reports the database pool the queries above ran on', async () => {
    process.env.COUNTERPOINT_METRICS_TOKEN = TOKEN;
    const final = await scrapeText();
    // COUNTERPOINT_DB_POOL_MAX is unset here (10; embedded 1).
    expect(sample(final, 'counterpoint_db_pool_connections{state="max"}')).toBe(process.env.COUNTERPOINT_EMBEDDED === '1' ? 1 : 10);
    expect(sample(final, 'counterpoint_db_pool_connections{state="total"}')).toBeGreaterThanOrEqual(1);
    expect(sample(final, 'counterpoint_db_pool_connections{state="waiting"}')).toBe(0);
  });
});
