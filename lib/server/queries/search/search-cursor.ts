import 'server-only';
import { z } from 'zod';
import { ZId } from '@/lib/schemas/params';
import { decodeCursorPayload, encodeCursorPayload, ZCursorDate } from '@/lib/server/api-v1/cursor';

/**
 * Where a page of search results ended, in their order (rank descending, then newest, then id).
 * Keyset rather than an offset: ts_rank_cd depends on a row's own words and the query only (no
 * corpus statistics), so a key keeps its place while people write, and a later page neither
 * repeats nor skips what an earlier one showed. Sent to clients as base64url JSON, opaque.
 */
export type TSearchKey = { rank: number; createdAt: Date; id: string };

// Only values a page of ours can end on: a finite rank ≥ 0, a date PostgreSQL accepts, an id's shape.
const ZPayload = z.tuple([z.number().finite().min(0), ZCursorDate, ZId]);

export function encodeSearchCursor(key: TSearchKey): string {
  // A float8 prints as the shortest text that reads back to the same number, so the rank survives exactly.
  return encodeCursorPayload([key.rank, key.createdAt.toISOString(), key.id]);
}

/** Decodes a cursor from a client; anything else than one we made is a 400. */
export function decodeSearchCursor(cursor: string): TSearchKey {
  const [rank, createdAt, id] = decodeCursorPayload(cursor, ZPayload);
  return { rank, createdAt: new Date(createdAt), id };
}
