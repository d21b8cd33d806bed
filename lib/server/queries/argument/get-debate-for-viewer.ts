import 'server-only';
import { argumentBaseScore, claimBaseScore, computeStrengths, edgeWeight, explainStrength, type TArgGraph, type TDebate, type TStrengthExplanation } from '@/lib/domain/argument';
import { toHistogram } from '@/lib/domain/rating';
import { displayNamesFor } from '@/lib/server/access/display-names';
import type { TPersonView } from '@/lib/schemas/person';
import { getEssayAccess, type TEssayAccess } from '@/lib/server/access/essay-access';
import { db } from '@/lib/server/db/client';

export type TDebateClaimView = { id: string; order: number; text: string; sectionOrder: number; section: string | null; strength: number; base: number; ratingCount: number };
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
  strength: number;
  base: number;
  isHidden: boolean;
};
export type TDebateView = {
  access: TEssayAccess;
  essay: { id: string; slug: string; title: string };
  claims: TDebateClaimView[];
  arguments: TDebateArgumentView[];
  graph: TArgGraph;
  strengths: Map<string, number>;
};

/**
 * An essay's whole debate: claims of the current revision, every live argument, aggregates of
 * ratings and impact votes (GROUP BY in SQL, never rows), and DF-QuAD strengths. Four queries
 * whatever the size (index Argument(essayId, createdAt), Rating(claimId, dimension, value),
 * ImpactVote(argumentId, impact)).
 */
export async function getDebateForViewer(viewerId: string | null, slug: string): Promise<TDebateView> {
  const access = await getEssayAccess(db, viewerId, { slug });
  const [essay, args, ratingGroups, voteGroups] = await Promise.all([
    db.essay.findUniqueOrThrow({
      where: { id: access.essayId },
      select: {
        id: true,
        slug: true,
        title: true,
        currentRevision: { select: { claimVersions: { orderBy: { order: 'asc' }, select: { claimId: true, order: true, text: true, section: { select: { order: true, title: true } } } } } },
      },
    }),
    db.argument.findMany({
      where: { essayId: access.essayId, deletedAt: null, duplicateOfId: null },
      orderBy: { createdAt: 'asc' },
      select: { id: true, text: true, elaboration: true, stance: true, attackKind: true, targetClaimId: true, targetArgumentId: true, hiddenAt: true, createdAt: true, authorId: true },
    }),
    db.rating.groupBy({ by: ['claimId', 'value'], where: { claim: { essayId: access.essayId }, dimension: 'AGREEMENT' }, _count: { _all: true } }),
    db.impactVote.groupBy({ by: ['argumentId', 'impact', 'isRelevant'], where: { argument: { essayId: access.essayId } }, _count: { _all: true } }),
  ]);

  const ratingRows = groupRows(ratingGroups.map((g) => ({ key: g.claimId, value: g.value, count: g._count._all })));
  const impactRows = groupRows(voteGroups.map((g) => ({ key: g.argumentId, value: g.impact, count: g._count._all })));
  const relevance = new Map<string, { yes: number; no: number }>();
  for (const g of voteGroups) {
    const entry = relevance.get(g.argumentId) ?? { yes: 0, no: 0 };
    if (g.isRelevant === true) entry.yes += g._count._all;
    if (g.isRelevant === false) entry.no += g._count._all;
    relevance.set(g.argumentId, entry);
  }

  const claimVersions = essay.currentRevision?.claimVersions ?? [];
  const claimIds = new Set(claimVersions.map((c) => c.claimId));
  const argumentIds = new Set(args.map((a) => a.id));
  // Arguments whose target left the essay (a revision dropped the claim) stay listed but out of the graph.
  const live = args.filter((a) => (a.targetClaimId ? claimIds.has(a.targetClaimId) : argumentIds.has(a.targetArgumentId!)));
  const graph: TArgGraph = {
    nodes: [
      ...claimVersions.map((c) => ({ id: c.claimId, kind: 'claim' as const, baseScore: claimBaseScore(toHistogram(ratingRows.get(c.claimId) ?? [], { min: 1, max: 5 })) })),
      ...live.map((a) => ({ id: a.id, kind: 'argument' as const, baseScore: argumentBaseScore(toHistogram(impactRows.get(a.id) ?? [], { min: 0, max: 4 })) })),
    ],
    edges: live.map((a) => {
      const r = relevance.get(a.id) ?? { yes: 0, no: 0 };
      return { from: a.id, to: (a.targetClaimId ?? a.targetArgumentId)!, stance: a.stance, attackKind: a.attackKind, weight: edgeWeight(r.yes, r.no) };
    }),
  };
  const strengths = computeStrengths(graph);
  const names = await displayNamesFor(db, { viewerId, ...access }, live.map((a) => a.authorId));
  const base = new Map(graph.nodes.map((n) => [n.id, n.baseScore]));

  return {
    access,
    essay: { id: essay.id, slug: essay.slug, title: essay.title },
    graph,
    strengths,
    claims: claimVersions.map((c) => ({
      id: c.claimId,
      order: c.order,
      text: c.text,
      sectionOrder: c.section.order,
      section: c.section.title,
      strength: strengths.get(c.claimId) ?? 0.5,
      base: base.get(c.claimId) ?? 0.5,
      ratingCount: (ratingRows.get(c.claimId) ?? []).reduce((sum, r) => sum + r.count, 0),
    })),
    arguments: live.map((a) => {
      const histogram = toHistogram(impactRows.get(a.id) ?? [], { min: 0, max: 4 });
      const count = histogram.reduce((s, n) => s + n, 0);
      return {
        id: a.id,
        text: a.text,
        elaboration: a.elaboration,
        stance: a.stance,
        attackKind: a.attackKind,
        targetClaimId: a.targetClaimId,
        targetArgumentId: a.targetArgumentId,
        author: names.of(a.authorId),
        createdAt: a.createdAt.toISOString(),
        impact: { mean: count ? histogram.reduce((s, n, i) => s + n * i, 0) / count : null, count, histogram },
        strength: strengths.get(a.id) ?? 0.5,
        base: base.get(a.id) ?? 0.5,
        isHidden: a.hiddenAt !== null,
      };
    }),
  };
}

/** "Why this score": the node's base, strength and strongest supporters and attackers. */
export function explainNode(debate: TDebateView, nodeId: string): TStrengthExplanation {
  return explainStrength(nodeId, debate.graph, debate.strengths);
}

/** The debate in the shape the Argdown and AIF exporters take. */
export function toExportDebate(debate: TDebateView): TDebate {
  return {
    essay: { title: debate.essay.title },
    claims: debate.claims.map((c) => ({ id: c.id, text: c.text, section: c.section })),
    arguments: debate.arguments.map((a) => ({ id: a.id, text: a.text, elaboration: a.elaboration, stance: a.stance, attackKind: a.attackKind, targetClaimId: a.targetClaimId, targetArgumentId: a.targetArgumentId })),
  };
}

function groupRows(rows: { key: string; value: number; count: number }[]): Map<string, { value: number; count: number }[]> {
  const map = new Map<string, { value: number; count: number }[]>();
  for (const row of rows) map.set(row.key, [...(map.get(row.key) ?? []), { value: row.value, count: row.count }]);
  return map;
}
