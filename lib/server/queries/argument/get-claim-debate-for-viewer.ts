import 'server-only';
import { getEssayAccess } from '@/lib/server/access/essay-access';
import { claimsWithVisibleAggregates, getRevealedAxes } from '@/lib/server/access/rating-access';
import { db } from '@/lib/server/db/client';
import { AppError } from '@/lib/server/errors';
import { isIdShaped } from '@/lib/schemas/params';
import { assembleDebate, type TDebateArgumentRow, type TDebateView } from '@/lib/server/queries/argument/debate-view';

/**
 * One claim's debate: `claims` holds just that claim (or nothing, and `formerClaims` its last
 * wording, when a revision dropped it), `arguments` its argument tree. `position` and `claimCount`
 * place it in the current revision ("Claim 3 of 12").
 */
export type TClaimDebateView = TDebateView & { position: number; claimCount: number };

type TClaimRow = {
  slug: string;
  title: string;
  order: number | null;
  text: string | null;
  sectionOrder: number | null;
  sectionTitle: string | null;
  position: number;
  claimCount: number;
};

type TVoteGroup = { impact: number; isRelevant: boolean | null; count: number };
type TTreeRow = Omit<TDebateArgumentRow, 'stance' | 'attackKind'> & { stance: string; attackKind: string | null; votes: TVoteGroup[] };

/**
 * The claim page's debate: the claim's own argument tree (a recursive query from the claim down,
 * with each argument's impact votes grouped in the same statement) and its ratings, rather than
 * the whole essay's. DF-QuAD gives a node a strength from the nodes below it only, so strengths,
 * bases and "why this score" equal getDebateForViewer's for the same claim; the same
 * assembleDebate applies the same withheld and blind-rating rules. Throws NOT_FOUND for essays the
 * viewer may not see, and for a claim that is not this essay's (or was dropped with nobody arguing
 * about it).
 */
export async function getClaimDebateForViewer(viewerId: string | null, slug: string, claimId: string): Promise<TClaimDebateView> {
  const access = await getEssayAccess(db, viewerId, { slug });
  // An id of a shape we never make names nothing (and PostgreSQL would refuse some, like a NUL).
  if (!isIdShaped(claimId)) throw new AppError('NOT_FOUND', 'No such claim in this essay.');
  const [claimRows, treeRows, revealed] = await Promise.all([
    db.$queryRaw<TClaimRow[]>`
      SELECT e.slug, e.title, cv."order", cv.text, s."order" AS "sectionOrder", s.title AS "sectionTitle",
             (SELECT count(*)::int FROM "ClaimVersion" x WHERE x."revisionId" = e."currentRevisionId" AND x."order" <= cv."order") AS position,
             (SELECT count(*)::int FROM "ClaimVersion" x WHERE x."revisionId" = e."currentRevisionId") AS "claimCount"
        FROM "Essay" e
        LEFT JOIN "ClaimVersion" cv ON cv."revisionId" = e."currentRevisionId" AND cv."claimId" = ${claimId}
        LEFT JOIN "Section" s ON s.id = cv."sectionId"
       WHERE e.id = ${access.essayId}`,
    // Same rows as the essay-wide loader: not deleted, not merged into a duplicate (UNION, not
    // UNION ALL: a cycle could never loop). Index Argument(targetClaimId), Argument(targetArgumentId).
    db.$queryRaw<TTreeRow[]>`
      WITH RECURSIVE tree AS (
        SELECT g.id FROM "Argument" g
         WHERE g."targetClaimId" = ${claimId} AND g."essayId" = ${access.essayId} AND g."deletedAt" IS NULL AND g."duplicateOfId" IS NULL
        UNION
        SELECT c.id FROM "Argument" c JOIN tree ON c."targetArgumentId" = tree.id
         WHERE c."essayId" = ${access.essayId} AND c."deletedAt" IS NULL AND c."duplicateOfId" IS NULL
      ), votes AS (
        SELECT v."argumentId", v.impact, v."isRelevant", count(*)::int AS n
          FROM "ImpactVote" v JOIN tree ON tree.id = v."argumentId"
         GROUP BY v."argumentId", v.impact, v."isRelevant"
      )
      SELECT a.id, a.text, a.elaboration, a.stance::text AS stance, a."attackKind"::text AS "attackKind", a."targetClaimId",
             a."targetArgumentId", a."hiddenAt", a."createdAt", a."authorId",
             coalesce((SELECT json_agg(json_build_object('impact', votes.impact, 'isRelevant', votes."isRelevant", 'count', votes.n))
                         FROM votes WHERE votes."argumentId" = a.id), '[]'::json) AS votes
        FROM "Argument" a JOIN tree ON tree.id = a.id
       ORDER BY a."createdAt" ASC, a.id`,
    getRevealedAxes(db, viewerId, { claimId }),
  ]);
  const claim = claimRows[0]!;
  const isCurrent = claim.order !== null;
  const args: TDebateArgumentRow[] = treeRows.map(({ votes: _votes, ...a }) => ({
    ...a,
    stance: a.stance as TDebateArgumentRow['stance'],
    attackKind: a.attackKind as TDebateArgumentRow['attackKind'],
  }));
  const claimIds = new Set(isCurrent ? [claimId] : []);
  const rateable = new Set(claimsWithVisibleAggregates(revealed, claimIds, 'AGREEMENT'));
  const [ratingGroups, formerVersions] = await Promise.all([
    rateable.size === 0
      ? []
      : db.rating.groupBy({ by: ['claimId', 'value'], where: { claimId, dimension: 'AGREEMENT' }, _count: { _all: true } }),
    // A dropped claim stays readable while arguments answer it, in its last wording.
    isCurrent || args.every((a) => a.targetClaimId !== claimId)
      ? []
      : db.claimVersion.findMany({
          where: { claimId, claim: { essayId: access.essayId } },
          orderBy: { revision: { number: 'desc' } },
          take: 1,
          select: { claimId: true, text: true, revision: { select: { number: true } } },
        }),
  ]);
  if (!isCurrent && formerVersions.length === 0) throw new AppError('NOT_FOUND', 'No such claim in this essay.');
  const debate = await assembleDebate(viewerId, {
    access,
    essay: { id: access.essayId, slug: claim.slug, title: claim.title },
    claimVersions: isCurrent
      ? [{ claimId, order: claim.order!, text: claim.text!, section: { order: claim.sectionOrder!, title: claim.sectionTitle } }]
      : [],
    args,
    rateable,
    ratingGroups: ratingGroups.map((g) => ({ claimId: g.claimId, value: g.value, count: g._count._all })),
    voteGroups: treeRows.flatMap((a) =>
      a.votes.map((v) => ({ argumentId: a.id, impact: v.impact, isRelevant: v.isRelevant, count: v.count })),
    ),
    formerVersions: formerVersions.map((v) => ({ id: v.claimId, text: v.text, lastRevision: v.revision.number })),
  });
  return { ...debate, position: claim.position, claimCount: claim.claimCount };
}
