// Sign-in through next-auth's real authorize(): the per-IP limit holds when a client forges a
// fresh X-Forwarded-For on every attempt, a 300-character header never reaches PostgreSQL, and
// the refusal says what happened in words a person can act on.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

type TAuthorize = (credentials: Record<string, string>, request: { headers: Record<string, string> }) => Promise<unknown>;
let authorize: TAuthorize;
const saved = { ...process.env };

beforeAll(async () => {
  // A small budget for this file only; limiters are built on first use with the budget of the moment.
  process.env.COUNTERPOINT_SIGNINS_PER_WINDOW = '3';
  process.env.COUNTERPOINT_TRUSTED_PROXIES = '1';
  delete (globalThis as { rateLimiters?: unknown }).rateLimiters;
  const { authOptions } = await import('@/lib/server/auth/auth-options');
  const provider = authOptions.providers[0] as unknown as { options: { authorize: TAuthorize } };
  authorize = provider.options.authorize;
});

afterAll(() => {
  process.env = saved;
  delete (globalThis as { rateLimiters?: unknown }).rateLimiters;
});

const attempt = (email: string, forwardedFor: string) =>
  authorize({ email, password: 'not the password' }, { headers: { 'x-forwarded-for': forwardedFor } });

describe('sign-in rate limits', () => {
  it('limits one address however the client rewrites X-Forwarded-For, and says so in minutes', async () => {
    const stamp = Date.now();
    for (let i = 0; i < 3; i++) {
      await expect(attempt(`nobody${i}-${stamp}@example.org`, `10.0.0.${i}, 192.0.2.77`)).resolves.toBeNull();
    }
    await expect(attempt(`nobody9-${stamp}@example.org`, '10.0.0.99, 192.0.2.77')).rejects.toMatchObject({
      status: 429,
      message: 'Too many sign-in attempts; try again in 10 minutes.',
    });
    // Another address still gets its own budget.
    await expect(attempt(`other-${stamp}@example.org`, '192.0.2.78')).resolves.toBeNull();
  });

  it('with no trusted proxy, failed sign-ins on other accounts never lock a person out', async () => {
    process.env.COUNTERPOINT_TRUSTED_PROXIES = '0';
    try {
      const stamp = Date.now();
      for (let i = 0; i < 5; i++) await expect(attempt(`spray${i}-${stamp}@example.org`, '192.0.2.90')).resolves.toBeNull();
      await expect(attempt(`someone-else-${stamp}@example.org`, '192.0.2.91')).resolves.toBeNull();
      // One account still has its own limit.
      for (let i = 0; i < 3; i++) await attempt(`target-${stamp}@example.org`, '192.0.2.90');
      await expect(attempt(`target-${stamp}@example.org`, '192.0.2.90')).rejects.toMatchObject({ status: 429 });
    } finally {
      process.env.COUNTERPOINT_TRUSTED_PROXIES = '1';
    }
  });

  it('answers a 300-character header as a failed sign-in, not a database error', async () => {
    await expect(attempt(`long-${Date.now()}@example.org`, '7'.repeat(300))).resolves.toBeNull();
  });
});
