import { z } from 'zod';
import { IDEMPOTENCY_KEY_SHAPE } from '@/lib/schemas/write-key-header';

export { IDEMPOTENCY_KEY_HEADER, IDEMPOTENT_REPLAYED_HEADER } from '@/lib/schemas/write-key-header';

export const IDEMPOTENCY_KEY_MESSAGE =
  'The Idempotency-Key header must be 16–128 letters, digits, "-" or "_" (a UUID works). Send a new one for each new write.';

/** The `Idempotency-Key` header of a create (write-key-header.ts says what it is for). */
export const ZIdempotencyKey = z.string().regex(IDEMPOTENCY_KEY_SHAPE, IDEMPOTENCY_KEY_MESSAGE);
