import { describe, expect, it } from 'vitest';
import { connectTimeoutMs, poolSettings } from '@/lib/server/db/pool-settings';

// The embedded database is one PostgreSQL session that mixes up concurrent connections' queries:
// the app must hold exactly one connection there, whatever it is asked for.
describe('poolSettings', () => {
  it.each([
    { name: 'your PostgreSQL, nothing set', env: {}, max: 10, waitMs: 10_000 },
    { name: 'your PostgreSQL, a bigger pool asked for', env: { COUNTERPOINT_DB_POOL_MAX: '40' }, max: 40, waitMs: 10_000 },
    { name: 'embedded, nothing set', env: { COUNTERPOINT_EMBEDDED: '1' }, max: 1, waitMs: 30_000 },
    {
      name: 'embedded, a bigger pool asked for',
      env: { COUNTERPOINT_EMBEDDED: '1', COUNTERPOINT_DB_POOL_MAX: '40' },
      max: 1,
      waitMs: 30_000,
    },
    {
      name: 'embedded, a shorter queue wait',
      env: { COUNTERPOINT_EMBEDDED: '1', COUNTERPOINT_DB_POOL_WAIT_MS: '5000' },
      max: 1,
      waitMs: 5_000,
    },
    { name: 'a shorter queue wait', env: { COUNTERPOINT_DB_POOL_WAIT_MS: '2500' }, max: 10, waitMs: 2_500 },
    { name: 'empty values mean unset', env: { COUNTERPOINT_DB_POOL_MAX: '', COUNTERPOINT_EMBEDDED: '' }, max: 10, waitMs: 10_000 },
  ])('$name', ({ env, max, waitMs }) => {
    expect(poolSettings(env)).toEqual({ max, waitMs });
  });

  it.each(['0', '-1', '2.5', 'ten'])('refuses COUNTERPOINT_DB_POOL_MAX=%s with a message naming the setting', (value) => {
    expect(() => poolSettings({ COUNTERPOINT_DB_POOL_MAX: value })).toThrow(/COUNTERPOINT_DB_POOL_MAX must be a whole number/);
  });

  // During a database outage a request must fail within seconds, whatever the queue wait is.
  it.each([
    { name: 'your PostgreSQL, nothing set', env: {}, ms: 3_000 },
    { name: 'your PostgreSQL, a long queue wait', env: { COUNTERPOINT_DB_POOL_WAIT_MS: '20000' }, ms: 3_000 },
    { name: 'asked for', env: { COUNTERPOINT_DB_CONNECT_TIMEOUT_MS: '1500' }, ms: 1_500 },
    { name: 'embedded, nothing set: the queue wait', env: { COUNTERPOINT_EMBEDDED: '1' }, ms: 30_000 },
  ])('connect timeout: $name', ({ env, ms }) => {
    expect(connectTimeoutMs(env)).toBe(ms);
  });
});
