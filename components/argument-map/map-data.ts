import type { TArgGraph } from '@/lib/domain/argument';
import type { TMapArgument, TMapClaim } from '@/lib/domain/argument-map';

/**
 * What the map page sends the browser: the debate for layout and filtering, plus each node's base
 * score and each argument's relevance weight, from which the strength graph is rebuilt so that
 * "why this score" can be explained on demand (a second copy of ids and relations would double
 * the payload of a 2,000-argument map). Hidden arguments arrive without their words and without
 * a base (they are not in the graph); a claim the viewer has not rated arrives without base or
 * strength (blind ratings).
 */
export type TMapData = {
  slug: string;
  title: string;
  claims: (TMapClaim & { base: number | null })[];
  arguments: (TMapArgument & { base: number | null; weight: number })[];
};

/** The strength graph the server computed strengths on, in the same order (ties in explanations keep it). */
export function strengthGraphOf(data: TMapData): TArgGraph {
  const counted = data.arguments.flatMap((a) => (a.base === null ? [] : [{ ...a, base: a.base }]));
  return {
    nodes: [
      // A withheld claim's base is never shown: the prior stands in so arguments can be explained.
      ...data.claims.map((c) => ({ id: c.id, kind: 'claim' as const, baseScore: c.base ?? 0.5 })),
      ...counted.map((a) => ({ id: a.id, kind: 'argument' as const, baseScore: a.base })),
    ],
    edges: counted.map((a) => ({
      from: a.id,
      to: (a.targetClaimId ?? a.targetArgumentId)!,
      stance: a.stance,
      attackKind: a.attackKind,
      weight: a.weight,
    })),
  };
}
