import 'server-only';
// SECURITY: counts only. Others' private notes, deleted and hidden content are not counted as
// taking part (staff see what members see, as in the facilitator view); ratings are counted as
// "who rated", never as values, so nothing here is an aggregate a blind rater could read.
import type { TDigestParticipation } from '@/lib/domain/digest/types';
import { db } from '@/lib/server/db/client';

type TRow = TDigestParticipation & {
  slug: string;
  title: string;
  authorName: string;
  cohortName: string | null;
  revision: number | null;
};

/**
 * The essay's header and who took part, in ONE statement whatever the discussion's size: each
 * figure is a count over an index (EssayRead's key, Annotation(essayId, …), Rating(claimId, …),
 * Argument(essayId, …)). For a cohort essay people count when they are members now, so the
 * figures read "n of <members>"; a public essay counts everyone.
 */
export async function readParticipation(essayId: string) {
  const rows = await db.$queryRaw<TRow[]>`
    WITH essay AS (
      SELECT e.id, e.slug, e.title, e."authorName", e."cohortId", e."currentRevisionId" FROM "Essay" e WHERE e.id = ${essayId}
    ),
    -- People who count: members now (cohort essay), anyone (public essay).
    people AS (
      SELECT m."userId" FROM "Membership" m JOIN essay e ON m."cohortId" = e."cohortId"
    ),
    notes AS (
      SELECT a."authorId", a."parentId" FROM "Annotation" a JOIN essay e ON e.id = a."essayId"
       WHERE a.visibility = 'COHORT' AND a."deletedAt" IS NULL AND a."hiddenAt" IS NULL
         AND (e."cohortId" IS NULL OR a."authorId" IN (SELECT "userId" FROM people))
    ),
    args AS (
      SELECT g."authorId" FROM "Argument" g JOIN essay e ON e.id = g."essayId"
       WHERE g."deletedAt" IS NULL AND g."hiddenAt" IS NULL
         AND (e."cohortId" IS NULL OR g."authorId" IN (SELECT "userId" FROM people))
    ),
    ratings AS (
      SELECT r."userId" FROM "Rating" r JOIN "Claim" c ON c.id = r."claimId" JOIN essay e ON e.id = c."essayId"
       WHERE e."cohortId" IS NULL OR r."userId" IN (SELECT "userId" FROM people)
    )
    SELECT e.slug, e.title, e."authorName", c.name AS "cohortName", rev.number AS revision,
           CASE WHEN e."cohortId" IS NULL THEN NULL ELSE (SELECT count(*) FROM people)::int END AS members,
           (SELECT count(*) FROM "EssayRead" r
             WHERE r."essayId" = e.id AND (e."cohortId" IS NULL OR r."userId" IN (SELECT "userId" FROM people)))::int AS readers,
           (SELECT count(DISTINCT "authorId") FROM notes)::int AS annotators,
           (SELECT count(DISTINCT "userId") FROM ratings)::int AS raters,
           (SELECT count(DISTINCT "authorId") FROM args)::int AS arguers,
           (SELECT count(*) FROM notes WHERE "parentId" IS NULL)::int AS notes,
           (SELECT count(*) FROM notes WHERE "parentId" IS NOT NULL)::int AS replies,
           (SELECT count(*) FROM args)::int AS arguments,
           (SELECT count(*) FROM ratings)::int AS ratings
      FROM essay e
      LEFT JOIN "Cohort" c ON c.id = e."cohortId"
      LEFT JOIN "EssayRevision" rev ON rev.id = e."currentRevisionId"`;
  const row = rows[0]!;
  const { slug, title, authorName, cohortName, revision, ...participation } = row;
  return { essay: { slug, title, authorName, cohortName, revision: revision ?? 0 }, participation };
}
