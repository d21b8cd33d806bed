import 'server-only';
import { isIdShaped } from '@/lib/schemas/params';
import { AppError } from '@/lib/server/errors';

// The keyset of the last thread on a page, handed to the client as an opaque token (base64url of
// JSON) so the next page starts strictly after it: a note added in between never shifts a page,
// so nothing is skipped or repeated. The tab is part of the token, so a cursor of one tab is
// refused on the other rather than silently misread.

/** Anchored tab: document order (start, end, createdAt, id), as the sidebar sorted threads. */
export type TAnchoredKey = { tab: 'anchored'; start: number; end: number; createdAt: Date; id: string };
/** Orphaned tab: newest first (createdAt, id). */
export type TOrphanedKey = { tab: 'orphaned'; createdAt: Date; id: string };
export type TThreadKey = TAnchoredKey | TOrphanedKey;

const BAD_CURSOR = 'That cursor is not one this server gave out: start from the first page.';

export function encodeThreadCursor(key: TThreadKey): string {
  const tuple =
    key.tab === 'anchored' ? ['a', key.start, key.end, key.createdAt.toISOString(), key.id] : ['o', key.createdAt.toISOString(), key.id];
  return Buffer.from(JSON.stringify(tuple), 'utf8').toString('base64url');
}

function isTimestamp(value: unknown): value is string {
  // Notes are never dated before 1970 nor past 9999; PostgreSQL refuses a year 0000 outright.
  return (
    typeof value === 'string' &&
    /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/.test(value) &&
    !Number.isNaN(Date.parse(value)) &&
    new Date(value).getUTCFullYear() >= 1970 &&
    new Date(value).toISOString() === value
  );
}
function isOffset(value: unknown): value is number {
  return Number.isSafeInteger(value) && (value as number) >= 0 && (value as number) <= 2_147_483_647;
}

/** The keyset a cursor names, for this tab; a 400 with a message for anything else. */
export function decodeThreadCursor(cursor: string, tab: TThreadKey['tab']): TThreadKey {
  let tuple: unknown;
  try {
    if (!/^[A-Za-z0-9_-]+$/.test(cursor)) throw new Error('not base64url');
    tuple = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw new AppError('BAD_REQUEST', BAD_CURSOR);
  }
  if (!Array.isArray(tuple)) throw new AppError('BAD_REQUEST', BAD_CURSOR);
  if (tab === 'anchored') {
    const [kind, start, end, createdAt, id] = tuple as unknown[];
    if (tuple.length === 5 && kind === 'a' && isOffset(start) && isOffset(end) && isTimestamp(createdAt) && isIdShaped(id))
      return { tab, start, end, createdAt: new Date(createdAt), id };
  } else {
    const [kind, createdAt, id] = tuple as unknown[];
    if (tuple.length === 3 && kind === 'o' && isTimestamp(createdAt) && isIdShaped(id)) return { tab, createdAt: new Date(createdAt), id };
  }
  throw new AppError('BAD_REQUEST', `${BAD_CURSOR} (It belongs to another tab, or it was altered.)`);
}
