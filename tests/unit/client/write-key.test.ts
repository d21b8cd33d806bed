import { describe, expect, it } from 'vitest';
import { newWriteKey } from '@/components/ui/use-write-key';
import { ZIdempotencyKey } from '@/lib/schemas/write-key';

describe('the browser’s Idempotency-Key', () => {
  it('is one the server accepts', () => {
    expect(ZIdempotencyKey.safeParse(newWriteKey()).success).toBe(true);
  });

  it('differs for every draft (128 random bits)', () => {
    const keys = new Set(Array.from({ length: 10_000 }, newWriteKey));
    expect(keys.size).toBe(10_000);
  });
});
