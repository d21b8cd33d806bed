import 'server-only';
import { z } from 'zod';
import { ZId } from '@/lib/schemas/params';
import { AppError } from '@/lib/server/errors';

/**
 * Where a page of search results ended, in their order (rank descending, then newest, then id).
 * Keyset rather than an offset: ts_rank_cd depends on a row's own words and the query only (no
 * corpus statistics), so a key keeps its place while people write, and a later page neither
 * repeats nor skips what an earlier one showed. Sent to clients as base64url JSON, opaque.
 */
export type TSearchKey = { rank: number; createdAt: Date; id: string };

const INVALID = 'This cursor is not valid: pass back the nextCursor of a previous page, unchanged.';

// Only values a page of ours can end on: a finite rank ≥ 0, a date PostgreSQL accepts, an id's shape.
const ZPayload = z.tuple([
  z.number().finite().min(0),
  z.iso.datetime().refine((iso) => {
    const year = new Date(iso).getUTCFullYear();
    return year >= 1970 && year <= 9999;
  }),
  ZId,
]);

export function encodeSearchCursor(key: TSearchKey): string {
  // A float8 prints as the shortest text that reads back to the same number, so the rank survives exactly.
  return Buffer.from(JSON.stringify([key.rank, key.createdAt.toISOString(), key.id]), 'utf8').toString('base64url');
}

/** Decodes a cursor from a client; anything else than one we made is a 400. */
export function decodeSearchCursor(cursor: string): TSearchKey {
  // Node's decoder skips characters outside the alphabet: check them first.
  if (!/^[A-Za-z0-9_-]+$/.test(cursor)) throw new AppError('BAD_REQUEST', INVALID);
  let payload: unknown;
  try {
    payload = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw new AppError('BAD_REQUEST', INVALID);
  }
  const parsed = ZPayload.safeParse(payload);
  if (!parsed.success) throw new AppError('BAD_REQUEST', INVALID);
  return { rank: parsed.data[0], createdAt: new Date(parsed.data[1]), id: parsed.data[2] };
}
