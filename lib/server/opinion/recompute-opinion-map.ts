import 'server-only';
import { computeOpinionGroups, type TAgreementRating } from '@/lib/domain/opinion';
import { dbPool } from '@/lib/server/db/pool';

// Two-key advisory locks live apart from the one-key ones (migrations, the event feed); 14 is the issue.
const LOCK_SPACE = 14;

export type TRecomputeOutcome = 'computed' | 'busy' | 'gone';

/**
 * Computes an essay's opinion groups from the AGREEMENT ratings of its current revision's claims
 * and stores them in `OpinionMap`. At most one instance computes an essay at a time: a
 * session advisory lock on one pooled connection, tried, not waited for ('busy': whoever holds it
 * re-checks the version when done). The version is read before the ratings, so a rating that lands
 * meanwhile leaves the stored result stale and it is computed again, never marked fresh wrongly.
 * The computation itself is synchronous CPU work (about a second at 2,000 members × 200 claims:
 * `npm run bench:groups`), run from a timer, never inside a request.
 */
export async function recomputeOpinionMap(essayId: string): Promise<TRecomputeOutcome> {
  const client = await dbPool().connect();
  try {
    const lock = await client.query<{ locked: boolean }>('SELECT pg_try_advisory_lock($1, hashtext($2)) AS locked', [LOCK_SPACE, essayId]);
    if (!lock.rows[0]!.locked) return 'busy';
    try {
      const essay = await client.query<{ revisionId: string | null }>(
        'SELECT "currentRevisionId" AS "revisionId" FROM "Essay" WHERE id = $1',
        [essayId],
      );
      if (essay.rows.length === 0) return 'gone';
      const revisionId = essay.rows[0]!.revisionId;
      // The row exists before any rating is read, so the trigger has something to bump from here on.
      await client.query('INSERT INTO "OpinionMap" ("essayId") VALUES ($1) ON CONFLICT DO NOTHING', [essayId]);
      const version = await client.query<{ ratingsVersion: number }>('SELECT "ratingsVersion" FROM "OpinionMap" WHERE "essayId" = $1', [
        essayId,
      ]);
      const claims = await client.query<{ claimId: string }>(
        'SELECT "claimId" FROM "ClaimVersion" WHERE "revisionId" = $1 ORDER BY "order"',
        [revisionId],
      );
      const ratings = await client.query<TAgreementRating>(
        `SELECT r."userId" AS "memberId", r."claimId", r.value
           FROM "ClaimVersion" cv
           JOIN "Rating" r ON r."claimId" = cv."claimId" AND r.dimension = 'AGREEMENT'
          WHERE cv."revisionId" = $1`,
        [revisionId],
      );
      const result = computeOpinionGroups(
        ratings.rows,
        claims.rows.map((row) => row.claimId),
      );
      await client.query(
        `UPDATE "OpinionMap" SET result = $2::jsonb, "computedVersion" = $3, "revisionId" = $4, "computedAt" = now() WHERE "essayId" = $1`,
        [essayId, JSON.stringify(result), version.rows[0]!.ratingsVersion, revisionId],
      );
      return 'computed';
    } finally {
      await client.query('SELECT pg_advisory_unlock($1, hashtext($2))', [LOCK_SPACE, essayId]);
    }
  } finally {
    client.release();
  }
}
