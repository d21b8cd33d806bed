// The Idempotency-Key header's names and shape, without zod, for client components (importing a
// value from write-key.ts would bring zod into the browser's bundle, issue 11).

/**
 * The header of a create (a note, a reply, an argument) that makes sending it again safe: any
 * 16–128 letters, digits, "-" or "_", unique per write the client means to make. A UUID works.
 * The browser makes one per draft (components/ui/use-write-key.ts); scripts make their own.
 */
export const IDEMPOTENCY_KEY_HEADER = 'Idempotency-Key';
/** Set to "true" on an answer that repeats an earlier request's instead of writing again. */
export const IDEMPOTENT_REPLAYED_HEADER = 'Idempotent-Replayed';

export const IDEMPOTENCY_KEY_SHAPE = /^[A-Za-z0-9_-]{16,128}$/;
