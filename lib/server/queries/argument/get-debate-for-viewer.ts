import 'server-only';
import { explainStrength, type TDebate, type TStrengthExplanation } from '@/lib/domain/argument';
import { getEssayAccess } from '@/lib/server/access/essay-access';
import { claimsWithVisibleAggregates, getRevealedAxes } from '@/lib/server/access/rating-access';
import { db } from '@/lib/server/db/client';
import { assembleDebate, formerClaimIdsOf, type TDebateView } from '@/lib/server/queries/argument/debate-view';

export {
  HIDDEN_ARGUMENT_TEXT,
  type TDebateArgumentView,
  type TDebateClaimView,
  type TDebateView,
} from '@/lib/server/queries/argument/debate-view';

/** The essay on every row; one row per current claim (a single row of nulls when it has none). */
type TClaimRow = {
  id: string;
  slug: string;
  title: string;
  claimId: string | null;
  order: number | null;
  text: string | null;
  sectionOrder: number | null;
  sectionTitle: string | null;
};

/**
 * An essay's whole debate: claims of the current revision, every argument that is not deleted,
 * aggregates of ratings and impact votes (GROUP BY in SQL, never rows), and DF-QuAD strengths.
 * Seven statements whatever the size (access, claims, arguments, revealed axes, vote groups,
 * rating groups, names; one more once a revision has left arguments behind), on indexes
 * Argument(essayId, createdAt), Rating(claimId, dimension, value), ImpactVote(argumentId, impact).
 * The privacy rules live in assembleDebate, not in the callers: hidden arguments lose their words
 * and move no strength, and others' ratings are aggregated only for the claims whose agreement
 * the viewer has rated.
 */
export async function getDebateForViewer(viewerId: string | null, slug: string): Promise<TDebateView> {
  const access = await getEssayAccess(db, viewerId, { slug });
  const [claimRows, args, revealed, voteGroups] = await Promise.all([
    // The essay and its current claims with their sections in one statement (Prisma would take four).
    db.$queryRaw<TClaimRow[]>`
      SELECT e.id, e.slug, e.title, cv."claimId", cv."order", cv.text, s."order" AS "sectionOrder", s.title AS "sectionTitle"
        FROM "Essay" e
        LEFT JOIN "ClaimVersion" cv ON cv."revisionId" = e."currentRevisionId"
        LEFT JOIN "Section" s ON s.id = cv."sectionId"
       WHERE e.id = ${access.essayId}
       ORDER BY cv."order"`,
    db.argument.findMany({
      where: { essayId: access.essayId, deletedAt: null, duplicateOfId: null },
      orderBy: { createdAt: 'asc' },
      select: {
        id: true,
        text: true,
        elaboration: true,
        stance: true,
        attackKind: true,
        targetClaimId: true,
        targetArgumentId: true,
        hiddenAt: true,
        createdAt: true,
        authorId: true,
      },
    }),
    getRevealedAxes(db, viewerId, { essayId: access.essayId }),
    db.impactVote.groupBy({
      by: ['argumentId', 'impact', 'isRelevant'],
      where: { argument: { essayId: access.essayId } },
      _count: { _all: true },
    }),
  ]);
  const essay = claimRows[0]!;
  const claimVersions = claimRows.flatMap((c) =>
    c.claimId === null
      ? []
      : [{ claimId: c.claimId, order: c.order!, text: c.text!, section: { order: c.sectionOrder!, title: c.sectionTitle } }],
  );
  const claimIds = new Set(claimVersions.map((c) => c.claimId));
  const formerIds = formerClaimIdsOf(claimIds, args);
  const rateable = new Set(claimsWithVisibleAggregates(revealed, claimIds, 'AGREEMENT'));
  const ratingGroups =
    rateable.size === 0
      ? []
      : await db.rating.groupBy({
          by: ['claimId', 'value'],
          where: { claimId: { in: [...rateable] }, dimension: 'AGREEMENT' },
          _count: { _all: true },
        });

  // Usually none: the query runs only once a revision has left arguments behind.
  const formerVersions =
    formerIds.length === 0
      ? []
      : await db.claimVersion.findMany({
          where: { claimId: { in: formerIds }, claim: { essayId: access.essayId } },
          orderBy: [{ claimId: 'asc' }, { revision: { number: 'desc' } }],
          distinct: ['claimId'],
          select: { claimId: true, text: true, revision: { select: { number: true } } },
        });
  return assembleDebate(viewerId, {
    access,
    essay: { id: essay.id, slug: essay.slug, title: essay.title },
    claimVersions,
    args,
    rateable,
    ratingGroups: ratingGroups.map((g) => ({ claimId: g.claimId, value: g.value, count: g._count._all })),
    voteGroups: voteGroups.map((g) => ({ argumentId: g.argumentId, impact: g.impact, isRelevant: g.isRelevant, count: g._count._all })),
    formerVersions: formerVersions.map((v) => ({ id: v.claimId, text: v.text, lastRevision: v.revision.number })),
  });
}

/**
 * "Why this score": the node's base, strength and strongest supporters and attackers; null for
 * a claim whose strength is withheld from the viewer, or an argument that is not counted.
 */
export function explainNode(debate: TDebateView, nodeId: string): TStrengthExplanation | null {
  const claim = debate.claims.find((c) => c.id === nodeId);
  const isWithheld = claim ? claim.strength === null : debate.arguments.find((a) => a.id === nodeId)?.strength == null;
  return isWithheld ? null : explainStrength(nodeId, debate.graph, debate.strengths);
}

/** The debate in the shape the Argdown and AIF exporters take: counted arguments only (no hidden words, no dangling trees). */
export function toExportDebate(debate: TDebateView): TDebate {
  return {
    essay: { title: debate.essay.title },
    claims: debate.claims.map((c) => ({ id: c.id, text: c.text, section: c.section })),
    arguments: debate.arguments
      .filter((a) => a.placement === 'COUNTED')
      .map((a) => ({
        id: a.id,
        text: a.text,
        elaboration: a.elaboration,
        stance: a.stance,
        attackKind: a.attackKind,
        targetClaimId: a.targetClaimId,
        targetArgumentId: a.targetArgumentId,
      })),
  };
}
