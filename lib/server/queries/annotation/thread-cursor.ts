import 'server-only';
import { z } from 'zod';
import { ZId } from '@/lib/schemas/params';
import { decodeCursorPayload, encodeCursorPayload, ZCursorDate } from '@/lib/server/api-v1/cursor';

// The keyset of the last thread on a page, handed to the client as an opaque token (base64url of
// JSON, the API's cursor codec) so the next page starts strictly after it: a note added in
// between never shifts a page, so nothing is skipped or repeated. The tab is part of the token,
// so a cursor of one tab is refused on the other rather than silently misread.

/** Anchored tab: document order (start, end, createdAt, id), as the sidebar sorted threads. */
export type TAnchoredKey = { tab: 'anchored'; start: number; end: number; createdAt: Date; id: string };
/** Orphaned tab: newest first (createdAt, id). */
export type TOrphanedKey = { tab: 'orphaned'; createdAt: Date; id: string };
export type TThreadKey = TAnchoredKey | TOrphanedKey;

const BAD_CURSOR =
  'That cursor is not one this server gave out: start from the first page. (It belongs to another tab, or it was altered.)';

// A character offset PostgreSQL's int column can hold.
const ZOffset = z.number().int().min(0).max(2_147_483_647);
const ZAnchoredPayload = z.tuple([z.literal('a'), ZOffset, ZOffset, ZCursorDate, ZId]);
const ZOrphanedPayload = z.tuple([z.literal('o'), ZCursorDate, ZId]);

export function encodeThreadCursor(key: TThreadKey): string {
  return encodeCursorPayload(
    key.tab === 'anchored' ? ['a', key.start, key.end, key.createdAt.toISOString(), key.id] : ['o', key.createdAt.toISOString(), key.id],
  );
}

/** The keyset a cursor names, for this tab; a 400 with a message for anything else. */
export function decodeThreadCursor(cursor: string, tab: TThreadKey['tab']): TThreadKey {
  if (tab === 'anchored') {
    const [, start, end, createdAt, id] = decodeCursorPayload(cursor, ZAnchoredPayload, BAD_CURSOR);
    return { tab, start, end, createdAt: new Date(createdAt), id };
  }
  const [, createdAt, id] = decodeCursorPayload(cursor, ZOrphanedPayload, BAD_CURSOR);
  return { tab, createdAt: new Date(createdAt), id };
}
