import 'server-only';
import { createHash } from 'node:crypto';
import { IDEMPOTENCY_KEY_HEADER, ZIdempotencyKey } from '@/lib/schemas/write-key';
import { parseInput } from '@/lib/server/validation';

// A create whose answer is lost (the connection drops, a proxy times out) leaves the client not
// knowing whether it happened; sending it again must not make a second note. So a create may
// carry an Idempotency-Key, which the service records with what it makes
// (services/write-key/claim-write-key.ts). This reads it and binds it to the request.

/**
 * The key a create was sent with. `isReplay` is set by `replayedResourceId` (claim-write-key.ts)
 * when the answer repeats an earlier request's, so the route can say so in a header.
 */
export type TWriteKey = { readonly key: string; readonly requestHash: string; isReplay: boolean };

/** The request's key (null when it has none), bound to the method, path and parsed body. */
export function readWriteKey(request: Request, input: unknown): TWriteKey | null {
  const header = request.headers.get(IDEMPOTENCY_KEY_HEADER);
  if (header === null) return null;
  const key = parseInput(ZIdempotencyKey, header);
  const requestHash = createHash('sha256')
    .update(JSON.stringify([request.method, new URL(request.url).pathname, input ?? null]))
    .digest('base64url');
  return { key, requestHash, isReplay: false };
}
