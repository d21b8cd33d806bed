import 'server-only';
// SECURITY: the cohort home's figures. Drafts reach staff only; nothing is read from ratings (blind
// ratings, ADR 0003); figures made of others' notes and arguments are withheld, per essay, from a
// viewer whom "post before you see" still keeps from them (ADR 0010, `seesOthersContributions`:
// the reader's own rule). Callers have checked cohort access.
import type { TStanding } from '@/lib/domain/access/permissions';
import { seesOthersContributions } from '@/lib/domain/reading/discussion-rules';
import { db } from '@/lib/server/db/client';

/** The essay's busiest claim in the argument graph; see `listCohortEssaysForViewer`. */
export type TContestedClaim = { id: string; text: string; counterArguments: number; questions: number };

export type TCohortEssay = {
  slug: string;
  title: string;
  authorName: string;
  status: 'DRAFT' | 'PUBLISHED';
  discussion: 'OPEN' | 'CLOSED';
  opensAt: Date | null;
  closesAt: Date | null;
  /** Members (of the cohort now) who have opened its reader. */
  readers: number;
  /**
   * What others wrote, counted: members with a note the cohort can read, critiques still awaiting
   * the author, the most contested claim. Null when "post before you see" withholds them.
   */
  discussionFigures: { annotators: number; openCritiques: number; contestedClaim: TContestedClaim | null } | null;
};

type TRow = {
  slug: string;
  title: string;
  authorName: string;
  isViewerAuthor: boolean;
  status: 'DRAFT' | 'PUBLISHED';
  discussion: 'OPEN' | 'CLOSED';
  opensAt: Date | null;
  closesAt: Date | null;
  postBeforeSee: boolean;
  hasUnlocked: boolean;
  readers: number;
  annotators: number;
  openCritiques: number;
  contestedClaimId: string | null;
  contestedClaimText: string | null;
  counterArguments: number;
  questions: number;
};

/**
 * The essays of a cohort, newest first, with what its home shows of each — in ONE statement
 * whatever the number of essays, notes or arguments: every count is grouped in SQL over the
 * cohort's essays at once (indexes: EssayRead's key, Annotation(essayId, authorId),
 * Argument(essayId, …), AuthorResponse(essayId, …), ClaimVersion(revisionId, claimId)).
 *
 * - Read: members with an EssayRead row (the reader's beacon). Annotated: members with a live
 *   note shared with the cohort (replies count; private, deleted and hidden notes do not).
 *   Both count only people who are members now, so they read "n of <members>".
 * - Open critiques, as on the author's desk (`get-author-desk.ts`): attacking arguments and
 *   questioning notes readers can see, with no author response yet or whose latest response the
 *   critic reopened. The desk's third kind, claims rated low, is left out: it is made of ratings.
 * - Most contested claim: decided from the argument graph, never from ratings. A claim of the
 *   current revision scores one per visible argument attacking it directly and one per visible
 *   questioning note on it, answered or not; the highest score wins, then more counter-arguments,
 *   then the earlier claim; none when no claim is challenged. A rating split would be "contested"
 *   too, but showing it to someone who has not rated that claim would break blind ratings, and
 *   showing it only to those who have would make the home differ by who rated what.
 */
export async function listCohortEssaysForViewer(input: {
  viewerId: string;
  cohortId: string;
  standing: TStanding;
  /** Whether the viewer may see drafts (the cohort's staff). */
  canSeeDrafts: boolean;
}): Promise<TCohortEssay[]> {
  const { viewerId, cohortId, canSeeDrafts } = input;
  const rows = await db.$queryRaw<TRow[]>`
    WITH essays AS (
      SELECT e.id, e.slug, e.title, e."authorName", e."authorUserId", e.status, e.discussion,
             e."opensAt", e."closesAt", e."postBeforeSee", e."currentRevisionId", e."createdAt"
        FROM "Essay" e
       WHERE e."cohortId" = ${cohortId} AND (e.status = 'PUBLISHED' OR ${canSeeDrafts})
    ),
    readers AS (
      SELECT r."essayId", count(*)::int AS n
        FROM "EssayRead" r
        JOIN essays e ON e.id = r."essayId"
        JOIN "Membership" m ON m."cohortId" = ${cohortId} AND m."userId" = r."userId"
       GROUP BY r."essayId"
    ),
    annotators AS (
      SELECT a."essayId", count(DISTINCT a."authorId")::int AS n
        FROM "Annotation" a
        JOIN essays e ON e.id = a."essayId"
        JOIN "Membership" m ON m."cohortId" = ${cohortId} AND m."userId" = a."authorId"
       WHERE a.visibility = 'COHORT' AND a."deletedAt" IS NULL AND a."hiddenAt" IS NULL
       GROUP BY a."essayId"
    ),
    critiques AS (
      SELECT g."essayId", 'argument' AS kind, g.id, g."targetClaimId" AS "claimId"
        FROM "Argument" g
        JOIN essays e ON e.id = g."essayId"
       WHERE g.stance = 'ATTACK' AND g."deletedAt" IS NULL AND g."hiddenAt" IS NULL AND g."duplicateOfId" IS NULL
      UNION ALL
      SELECT a."essayId", 'annotation' AS kind, a.id, NULL AS "claimId"
        FROM "Annotation" a
        JOIN essays e ON e.id = a."essayId"
       WHERE a.motivation = 'QUESTIONING' AND a."parentId" IS NULL AND a.visibility = 'COHORT'
         AND a."deletedAt" IS NULL AND a."hiddenAt" IS NULL
    ),
    latest_responses AS (
      SELECT DISTINCT ON (r."argumentId", r."annotationId") r."argumentId", r."annotationId", r."critiqueState"
        FROM "AuthorResponse" r
        JOIN essays e ON e.id = r."essayId"
       WHERE r."argumentId" IS NOT NULL OR r."annotationId" IS NOT NULL
       ORDER BY r."argumentId", r."annotationId", r."createdAt" DESC, r.id DESC
    ),
    open_critiques AS (
      SELECT c."essayId", count(*)::int AS n
        FROM critiques c
        LEFT JOIN latest_responses ra ON c.kind = 'argument' AND ra."argumentId" = c.id
        LEFT JOIN latest_responses rn ON c.kind = 'annotation' AND rn."annotationId" = c.id
       WHERE COALESCE(ra."critiqueState", rn."critiqueState", 'REOPENED') = 'REOPENED'
       GROUP BY c."essayId"
    ),
    challenges AS (
      SELECT c."essayId", c."claimId", c.kind FROM critiques c WHERE c.kind = 'argument' AND c."claimId" IS NOT NULL
      UNION ALL
      SELECT c."essayId", ac."claimId", c.kind
        FROM critiques c
        JOIN "AnnotationClaim" ac ON ac."annotationId" = c.id
       WHERE c.kind = 'annotation'
    ),
    challenged_claims AS (
      SELECT ch."essayId", ch."claimId",
             (count(*) FILTER (WHERE ch.kind = 'argument'))::int AS "counterArguments",
             (count(*) FILTER (WHERE ch.kind = 'annotation'))::int AS questions
        FROM challenges ch
       GROUP BY ch."essayId", ch."claimId"
    ),
    contested AS (
      SELECT DISTINCT ON (cc."essayId") cc."essayId", cc."claimId", cv.text, cc."counterArguments", cc.questions
        FROM challenged_claims cc
        JOIN essays e ON e.id = cc."essayId"
        JOIN "ClaimVersion" cv ON cv."revisionId" = e."currentRevisionId" AND cv."claimId" = cc."claimId"
       ORDER BY cc."essayId", cc."counterArguments" + cc.questions DESC, cc."counterArguments" DESC, cv."order"
    )
    SELECT e.slug, e.title, e."authorName", e.status::text AS status, e.discussion::text AS discussion,
           e."opensAt", e."closesAt", e."postBeforeSee",
           (e."authorUserId" IS NOT NULL AND e."authorUserId" = ${viewerId}) AS "isViewerAuthor",
           (e."postBeforeSee" AND EXISTS (
             SELECT 1 FROM "DiscussionUnlock" u WHERE u."essayId" = e.id AND u."userId" = ${viewerId}
           )) AS "hasUnlocked",
           COALESCE(r.n, 0) AS readers, COALESCE(an.n, 0) AS annotators, COALESCE(oc.n, 0) AS "openCritiques",
           ct."claimId" AS "contestedClaimId", ct.text AS "contestedClaimText",
           COALESCE(ct."counterArguments", 0) AS "counterArguments", COALESCE(ct.questions, 0) AS questions
      FROM essays e
      LEFT JOIN readers r ON r."essayId" = e.id
      LEFT JOIN annotators an ON an."essayId" = e.id
      LEFT JOIN open_critiques oc ON oc."essayId" = e.id
      LEFT JOIN contested ct ON ct."essayId" = e.id
     ORDER BY e."createdAt" DESC, e.id`;
  return rows.map((row) => ({
    slug: row.slug,
    title: row.title,
    authorName: row.authorName,
    status: row.status,
    discussion: row.discussion,
    opensAt: row.opensAt,
    closesAt: row.closesAt,
    readers: row.readers,
    discussionFigures: seesOthersContributions({
      postBeforeSee: row.postBeforeSee,
      standing: input.standing,
      isEssayAuthor: row.isViewerAuthor,
      hasUnlocked: row.hasUnlocked,
    })
      ? {
          annotators: row.annotators,
          openCritiques: row.openCritiques,
          contestedClaim:
            row.contestedClaimId === null
              ? null
              : {
                  id: row.contestedClaimId,
                  text: row.contestedClaimText ?? '',
                  counterArguments: row.counterArguments,
                  questions: row.questions,
                },
        }
      : null,
  }));
}
