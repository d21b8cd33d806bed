import { describe, expect, it } from 'vitest';
import { db } from '@/lib/server/db/client';
import { consumeRateLimit } from '@/lib/server/rate-limit';
import { makeUser } from '@/prisma/factories';

describe('write rate limits (PostgreSQL store)', () => {
  it('limits a burst from one user with a 429 and a wait time, while another user still writes', async () => {
    const noisy = await makeUser(db);
    const quiet = await makeUser(db);
    const burst = await Promise.allSettled(Array.from({ length: 70 }, () => consumeRateLimit('write', noisy.id)));
    const limited = burst.filter((r) => r.status === 'rejected');
    const reasons = limited.map((r) => String((r as PromiseRejectedResult).reason?.message));
    expect(burst.length - limited.length, reasons.join('\n')).toBe(60);
    expect(limited[0]).toMatchObject({
      reason: { status: 429, message: expect.stringMatching(/try again in \d+ seconds?/), retryAfterSeconds: expect.any(Number) },
    });
    await expect(consumeRateLimit('write', quiet.id)).resolves.toBeUndefined();
    const stored = await db.rateLimit.findUnique({ where: { key: `write:${noisy.id}` }, select: { points: true } });
    expect(stored?.points).toBeGreaterThanOrEqual(60);
  });
});
