import 'server-only';
import {
  argumentBaseScore,
  claimBaseScore,
  computeStrengths,
  edgeWeight,
  explainStrength,
  placeArguments,
  type TArgGraph,
  type TArgumentPlacement,
  type TDebate,
  type TStrengthExplanation,
} from '@/lib/domain/argument';
import { toHistogram } from '@/lib/domain/rating';
import { displayNamesFor } from '@/lib/server/access/display-names';
import type { TPersonView } from '@/lib/schemas/person';
import { getEssayAccess, type TEssayAccess } from '@/lib/server/access/essay-access';
import { claimsWithVisibleAggregates, getRevealedAxes } from '@/lib/server/access/rating-access';
import { db } from '@/lib/server/db/client';

/**
 * A claim of the current revision. `strength`, `base` and `ratingCount` come from others'
 * agreement ratings, so they are null until the viewer has rated the claim's agreement (blind
 * ratings, lib/domain/access/permissions.ts).
 */
export type TDebateClaimView = {
  id: string;
  order: number;
  text: string;
  sectionOrder: number;
  section: string | null;
  strength: number | null;
  base: number | null;
  ratingCount: number | null;
};
/**
 * An argument as every reader gets it: a hidden one carries a placeholder, never its words.
 * `strength` and `base` are null unless it is COUNTED (see TArgumentPlacement).
 */
export type TDebateArgumentView = {
  id: string;
  text: string;
  elaboration: string | null;
  stance: 'SUPPORT' | 'ATTACK';
  attackKind: 'REBUT' | 'UNDERCUT' | null;
  targetClaimId: string | null;
  targetArgumentId: string | null;
  author: TPersonView;
  createdAt: string;
  impact: { mean: number | null; count: number; histogram: number[] };
  strength: number | null;
  base: number | null;
  isHidden: boolean;
  placement: TArgumentPlacement;
};

/** What readers see instead of a hidden argument's words (the text itself never leaves this query). */
export const HIDDEN_ARGUMENT_TEXT = 'Hidden by a moderator.';
export type TDebateView = {
  access: TEssayAccess;
  essay: { id: string; slug: string; title: string };
  claims: TDebateClaimView[];
  /** Claims a revision removed or reworded that DETACHED arguments still answer: their last wording, so those arguments stay readable. */
  formerClaims: { id: string; text: string; lastRevision: number }[];
  arguments: TDebateArgumentView[];
  graph: TArgGraph;
  strengths: Map<string, number>;
};

/**
 * An essay's whole debate: claims of the current revision, every argument that is not deleted,
 * aggregates of ratings and impact votes (GROUP BY in SQL, never rows), and DF-QuAD strengths.
 * Five queries whatever the size (index Argument(essayId, createdAt), Rating(claimId, dimension,
 * value), ImpactVote(argumentId, impact)). The privacy rules live here, not in the callers: hidden
 * arguments lose their words and move no strength, and others' ratings are aggregated only for
 * the claims whose agreement the viewer has rated.
 */
export async function getDebateForViewer(viewerId: string | null, slug: string): Promise<TDebateView> {
  const access = await getEssayAccess(db, viewerId, { slug });
  const [essay, args, revealed, voteGroups] = await Promise.all([
    db.essay.findUniqueOrThrow({
      where: { id: access.essayId },
      select: {
        id: true,
        slug: true,
        title: true,
        currentRevision: {
          select: {
            claimVersions: {
              orderBy: { order: 'asc' },
              select: { claimId: true, order: true, text: true, section: { select: { order: true, title: true } } },
            },
          },
        },
      },
    }),
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
  const claimVersions = essay.currentRevision?.claimVersions ?? [];
  const claimIds = new Set(claimVersions.map((c) => c.claimId));
  const rateable = new Set(claimsWithVisibleAggregates(revealed, claimIds, 'AGREEMENT'));
  const ratingGroups =
    rateable.size === 0
      ? []
      : await db.rating.groupBy({
          by: ['claimId', 'value'],
          where: { claimId: { in: [...rateable] }, dimension: 'AGREEMENT' },
          _count: { _all: true },
        });

  const ratingRows = groupRows(ratingGroups.map((g) => ({ key: g.claimId, value: g.value, count: g._count._all })));
  const impactRows = groupRows(voteGroups.map((g) => ({ key: g.argumentId, value: g.impact, count: g._count._all })));
  const relevance = new Map<string, { yes: number; no: number }>();
  for (const g of voteGroups) {
    const entry = relevance.get(g.argumentId) ?? { yes: 0, no: 0 };
    if (g.isRelevant === true) entry.yes += g._count._all;
    if (g.isRelevant === false) entry.no += g._count._all;
    relevance.set(g.argumentId, entry);
  }

  // Only COUNTED arguments enter the graph: a hidden one must not move a strength, and one whose
  // claim a revision dropped has no node to point at (an edge to it would throw).
  const placement = placeArguments(
    claimIds,
    args.map((a) => ({ id: a.id, targetClaimId: a.targetClaimId, targetArgumentId: a.targetArgumentId, isHidden: a.hiddenAt !== null })),
  );
  const live = args.filter((a) => placement.get(a.id) === 'COUNTED');
  const formerIds = [
    ...new Set(args.flatMap((a) => (a.targetClaimId !== null && !claimIds.has(a.targetClaimId) ? [a.targetClaimId] : []))),
  ];
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
  const graph: TArgGraph = {
    nodes: [
      // A claim the viewer has not rated gets the prior base: its strength is computed but withheld below.
      ...claimVersions.map((c) => ({
        id: c.claimId,
        kind: 'claim' as const,
        baseScore: claimBaseScore(toHistogram(ratingRows.get(c.claimId) ?? [], { min: 1, max: 5 })),
      })),
      ...live.map((a) => ({
        id: a.id,
        kind: 'argument' as const,
        baseScore: argumentBaseScore(toHistogram(impactRows.get(a.id) ?? [], { min: 0, max: 4 })),
      })),
    ],
    edges: live.map((a) => {
      const r = relevance.get(a.id) ?? { yes: 0, no: 0 };
      return {
        from: a.id,
        to: (a.targetClaimId ?? a.targetArgumentId)!,
        stance: a.stance,
        attackKind: a.attackKind,
        weight: edgeWeight(r.yes, r.no),
      };
    }),
  };
  const strengths = computeStrengths(graph);
  const names = await displayNamesFor(
    db,
    { viewerId, ...access },
    live.map((a) => a.authorId),
  );
  const base = new Map(graph.nodes.map((n) => [n.id, n.baseScore]));

  return {
    access,
    essay: { id: essay.id, slug: essay.slug, title: essay.title },
    graph,
    strengths,
    formerClaims: formerVersions.map((v) => ({ id: v.claimId, text: v.text, lastRevision: v.revision.number })),
    claims: claimVersions.map((c) => ({
      id: c.claimId,
      order: c.order,
      text: c.text,
      sectionOrder: c.section.order,
      section: c.section.title,
      strength: rateable.has(c.claimId) ? (strengths.get(c.claimId) ?? 0.5) : null,
      base: rateable.has(c.claimId) ? (base.get(c.claimId) ?? 0.5) : null,
      ratingCount: rateable.has(c.claimId) ? (ratingRows.get(c.claimId) ?? []).reduce((sum, r) => sum + r.count, 0) : null,
    })),
    arguments: args.map((a) => {
      const histogram = toHistogram(impactRows.get(a.id) ?? [], { min: 0, max: 4 });
      const count = histogram.reduce((s, n) => s + n, 0);
      const isHidden = a.hiddenAt !== null;
      return {
        id: a.id,
        text: isHidden ? HIDDEN_ARGUMENT_TEXT : a.text,
        elaboration: isHidden ? null : a.elaboration,
        stance: a.stance,
        attackKind: a.attackKind,
        targetClaimId: a.targetClaimId,
        targetArgumentId: a.targetArgumentId,
        author: names.of(a.authorId),
        createdAt: a.createdAt.toISOString(),
        impact: { mean: count ? histogram.reduce((s, n, i) => s + n * i, 0) / count : null, count, histogram },
        strength: strengths.get(a.id) ?? null,
        base: base.get(a.id) ?? null,
        isHidden,
        placement: placement.get(a.id) ?? 'DETACHED',
      };
    }),
  };
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

function groupRows(rows: { key: string; value: number; count: number }[]): Map<string, { value: number; count: number }[]> {
  const map = new Map<string, { value: number; count: number }[]>();
  for (const row of rows) map.set(row.key, [...(map.get(row.key) ?? []), { value: row.value, count: row.count }]);
  return map;
}
