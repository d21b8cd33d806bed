import 'server-only';
import {
  argumentBaseScore,
  claimBaseScore,
  computeStrengths,
  edgeWeight,
  placeArguments,
  type TArgGraph,
  type TArgumentPlacement,
} from '@/lib/domain/argument';
import { toHistogram } from '@/lib/domain/rating';
import { displayNamesFor } from '@/lib/server/access/display-names';
import type { TPersonView } from '@/lib/schemas/person';
import type { TEssayAccess } from '@/lib/server/access/essay-access';
import { db } from '@/lib/server/db/client';

// The shape of a debate and how it is computed from its rows, shared by the essay-wide loader
// (get-debate-for-viewer.ts) and the claim-scoped one (get-claim-debate-for-viewer.ts), so both
// give the same strengths under the same withheld and blind-rating rules.

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

/** An argument row as the loaders select it (not deleted, not a duplicate), oldest first. */
export type TDebateArgumentRow = {
  id: string;
  text: string;
  elaboration: string | null;
  stance: 'SUPPORT' | 'ATTACK';
  attackKind: 'REBUT' | 'UNDERCUT' | null;
  targetClaimId: string | null;
  targetArgumentId: string | null;
  hiddenAt: Date | null;
  createdAt: Date;
  authorId: string;
};

/** What a loader read; `ratingGroups` only for the claims in `rateable` (blind ratings). */
export type TDebateParts = {
  access: TEssayAccess;
  essay: { id: string; slug: string; title: string };
  claimVersions: { claimId: string; order: number; text: string; section: { order: number; title: string | null } }[];
  args: TDebateArgumentRow[];
  rateable: ReadonlySet<string>;
  ratingGroups: { claimId: string; value: number; count: number }[];
  voteGroups: { argumentId: string; impact: number; isRelevant: boolean | null; count: number }[];
  formerVersions: TDebateView['formerClaims'];
};

/** Claims that arguments answer but the current revision no longer has (their last wording is shown). */
export function formerClaimIdsOf(claimIds: ReadonlySet<string>, args: readonly TDebateArgumentRow[]): string[] {
  return [...new Set(args.flatMap((a) => (a.targetClaimId !== null && !claimIds.has(a.targetClaimId) ? [a.targetClaimId] : [])))];
}

/**
 * Places the arguments, computes DF-QuAD strengths over the counted ones, names their authors and
 * withholds what the viewer may not see: hidden arguments' words, strengths, bases and counts
 * of claims whose agreement the viewer has not rated, and — "post before you see" (ADR 0010),
 * until the viewer has posted a note — every argument but their own (then it is as if the others'
 * did not exist: they move no strength and their impact votes are not counted).
 */
export async function assembleDebate(viewerId: string | null, parts: TDebateParts): Promise<TDebateView> {
  const { access, essay, claimVersions, rateable, ratingGroups, formerVersions } = parts;
  const args = access.seesOthers ? parts.args : parts.args.filter((a) => a.authorId === viewerId);
  const kept = new Set(args.map((a) => a.id));
  const voteGroups = access.seesOthers ? parts.voteGroups : parts.voteGroups.filter((g) => kept.has(g.argumentId));
  const claimIds = new Set(claimVersions.map((c) => c.claimId));
  const ratingRows = groupRows(ratingGroups.map((g) => ({ key: g.claimId, value: g.value, count: g.count })));
  const impactRows = groupRows(voteGroups.map((g) => ({ key: g.argumentId, value: g.impact, count: g.count })));
  const relevance = new Map<string, { yes: number; no: number }>();
  for (const g of voteGroups) {
    const entry = relevance.get(g.argumentId) ?? { yes: 0, no: 0 };
    if (g.isRelevant === true) entry.yes += g.count;
    if (g.isRelevant === false) entry.no += g.count;
    relevance.set(g.argumentId, entry);
  }

  // Only COUNTED arguments enter the graph: a hidden one must not move a strength, and one whose
  // claim a revision dropped has no node to point at (an edge to it would throw).
  const placement = placeArguments(
    claimIds,
    args.map((a) => ({ id: a.id, targetClaimId: a.targetClaimId, targetArgumentId: a.targetArgumentId, isHidden: a.hiddenAt !== null })),
  );
  const live = args.filter((a) => placement.get(a.id) === 'COUNTED');
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
    formerClaims: formerVersions,
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

function groupRows(rows: { key: string; value: number; count: number }[]): Map<string, { value: number; count: number }[]> {
  const map = new Map<string, { value: number; count: number }[]>();
  for (const row of rows) map.set(row.key, [...(map.get(row.key) ?? []), { value: row.value, count: row.count }]);
  return map;
}
