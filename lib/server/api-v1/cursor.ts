import 'server-only';
import { z } from 'zod';
import { ZId } from '@/lib/schemas/params';
import { AppError } from '@/lib/server/errors';

// Keyset pagination over (createdAt, id): a total order that rows inserted meanwhile cannot
// shift, unlike an offset. The cursor is the last key of a page, base64url-encoded JSON — opaque
// to clients, so its shape can change without a new API version.
export type TCursorKey = { createdAt: Date; id: string };

// A well-formed date can still be one PostgreSQL refuses (year 0000 is "out of range"): only
// dates a row of ours can have pass.
export const ZCursorDate = z.iso.datetime().refine((iso) => {
  const year = new Date(iso).getUTCFullYear();
  return year >= 1970 && year <= 9999;
});
// The id has the shape of ours (no NUL, no '%').
const ZCursorPayload = z.tuple([ZCursorDate, ZId]);
const INVALID = 'This cursor is not valid: pass back the nextCursor of a previous page, unchanged.';

/** A page's last key as an opaque cursor: base64url of the key's values as a JSON array. */
export function encodeCursorPayload(values: readonly unknown[]): string {
  return Buffer.from(JSON.stringify(values), 'utf8').toString('base64url');
}

/**
 * Reads back a cursor made by encodeCursorPayload; anything else than one we made is a 400, with
 * `message` when the caller can say more (the thread tabs name the other tab).
 */
export function decodeCursorPayload<T>(cursor: string, schema: z.ZodType<T>, message = INVALID): T {
  // Node's decoder skips characters outside the alphabet: check them first.
  if (!/^[A-Za-z0-9_-]+$/.test(cursor)) throw new AppError('BAD_REQUEST', INVALID);
  let payload: unknown;
  try {
    payload = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw new AppError('BAD_REQUEST', INVALID);
  }
  const parsed = schema.safeParse(payload);
  if (!parsed.success) throw new AppError('BAD_REQUEST', message);
  return parsed.data;
}

export function encodeCursor(key: TCursorKey): string {
  return encodeCursorPayload([key.createdAt.toISOString(), key.id]);
}

/** Decodes a cursor from a client; anything else than one we made is a 400. */
export function decodeCursor(cursor: string): TCursorKey {
  const [createdAt, id] = decodeCursorPayload(cursor, ZCursorPayload);
  return { createdAt: new Date(createdAt), id };
}

/** True when `item` comes after `key` in (createdAt, id) order (for lists already in memory). */
export function isAfterKey(item: TCursorKey, key: TCursorKey): boolean {
  const delta = item.createdAt.getTime() - key.createdAt.getTime();
  return delta > 0 || (delta === 0 && item.id > key.id);
}

/** Orders by (createdAt, id), the order every paginated list of the API uses. */
export function compareKeys(a: TCursorKey, b: TCursorKey): number {
  return a.createdAt.getTime() - b.createdAt.getTime() || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** Cuts `rows` (fetched with one extra) to a page and says where the next one starts. */
export function toPage<T>(rows: T[], limit: number, keyOf: (row: T) => TCursorKey): { items: T[]; nextCursor: string | null } {
  const items = rows.slice(0, limit);
  const last = items.at(-1);
  return { items, nextCursor: rows.length > limit && last !== undefined ? encodeCursor(keyOf(last)) : null };
}
