import 'server-only';
import { Prisma } from '@/lib/generated/prisma/client';
import type { TTx } from '@/lib/server/db/client';
import { poolQuery } from '@/lib/server/db/pool-query';
import { AppError } from '@/lib/server/errors';
import type { TWriteKey } from '@/lib/server/http/write-key';

// A create sent with an Idempotency-Key records the key (table WriteKey) in the same transaction
// as what it makes, so the key exists exactly when the write does. A request that finds its key
// taken makes nothing and answers with what the first one made. Two copies arriving together take
// turns on the key's primary key: the second waits for the first to commit, then replays it (or,
// if the first rolled back, takes the key itself). A key reused for a different request is a 409.

// A retry comes within minutes (the reader presses Save again, a script backs off); a day covers a
// laptop closed mid-save and reopened the next morning. After that a key is free again, and each
// keyed write clears its author's expired keys, so the table holds at most a day of anyone's writes.
const KEY_LIFETIME = Prisma.sql`interval '1 day'`;

/**
 * CTEs for a write that is one statement. `claimed` takes the key for `resourceId` (or an expired
 * one), or yields no row when the key is taken; the write must insert `FROM claimed`, so a repeat
 * makes nothing. `expired` clears the author's other keys past their lifetime.
 */
export function claimWriteKeyCte(userId: string, writeKey: TWriteKey, resourceId: string): Prisma.Sql {
  return Prisma.sql`expired AS (
    DELETE FROM "WriteKey" WHERE "userId" = ${userId} AND key <> ${writeKey.key} AND "createdAt" < now() - ${KEY_LIFETIME}
  ), claimed AS (
    INSERT INTO "WriteKey" ("userId", key, "requestHash", "resourceId", "createdAt")
    VALUES (${userId}, ${writeKey.key}, ${writeKey.requestHash}, ${resourceId}, now())
    ON CONFLICT ("userId", key) DO UPDATE
      SET "requestHash" = EXCLUDED."requestHash", "resourceId" = EXCLUDED."resourceId", "createdAt" = EXCLUDED."createdAt"
      WHERE "WriteKey"."createdAt" < now() - ${KEY_LIFETIME}
    RETURNING 1
  )`;
}

/**
 * Takes the key for `resourceId` inside an interactive transaction, first, before anything is
 * written. False when the key is taken: the caller then writes nothing and replays.
 */
export async function claimWriteKey(tx: TTx, userId: string, writeKey: TWriteKey, resourceId: string): Promise<boolean> {
  const rows = await tx.$queryRaw<unknown[]>`WITH ${claimWriteKeyCte(userId, writeKey, resourceId)} SELECT 1 FROM claimed`;
  return rows.length === 1;
}

/** Whether a live key (any request) is already recorded: a refused repeat may still have a write to answer with. */
export async function isWriteKeyTaken(userId: string, writeKey: TWriteKey): Promise<boolean> {
  const rows = await poolQuery<unknown>(Prisma.sql`
    SELECT 1 FROM "WriteKey" WHERE "userId" = ${userId} AND key = ${writeKey.key} AND "createdAt" >= now() - ${KEY_LIFETIME}`);
  return rows.length === 1;
}

/**
 * What the first request with this key made, once a write found the key taken. Marks the key as
 * a replay; refuses a key that was first sent with a different request.
 */
export async function replayedResourceId(userId: string, writeKey: TWriteKey): Promise<string> {
  const [row] = await poolQuery<{ requestHash: string; resourceId: string }>(Prisma.sql`
    SELECT "requestHash", "resourceId" FROM "WriteKey" WHERE "userId" = ${userId} AND key = ${writeKey.key}`);
  if (!row) throw new Error('A write key was taken but is not there');
  if (row.requestHash !== writeKey.requestHash) {
    throw new AppError('CONFLICT', 'This Idempotency-Key was already used for a different request. Send each new write with a new key.');
  }
  writeKey.isReplay = true;
  return row.resourceId;
}
