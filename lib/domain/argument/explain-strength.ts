import { compileGraph } from './compile-graph';
import { fillInferenceFactors } from './strength';
import type { TArgGraph } from './types';

/** One argument's pull on a node: σ(b) · weight · how much of b's inference survives undercuts. */
export type TContribution = { id: string; contribution: number };

/**
 * Why a node has its strength: its base score, the contributions that went into DF-QuAD's
 * aggregation, strongest first, and the undercuts of the node's own inference (they weaken its
 * contribution to its target, not its strength: see strength.ts).
 */
export type TStrengthExplanation = {
  base: number;
  strength: number;
  supporters: TContribution[];
  attackers: TContribution[];
  undercutters: TContribution[];
};

const strongestFirst = (a: TContribution, b: TContribution): number => b.contribution - a.contribution;

/**
 * Explains `nodeId`'s strength from the strengths `computeStrengths(graph)` returned. Ties keep
 * the edges' order. Throws a RangeError when the node or a strength it needs is missing, which
 * means `strengths` was computed for another graph.
 *
 * @example
 * const graph = {
 *   nodes: [{ id: 'c', kind: 'claim', baseScore: 0.6 }, { id: 'a', kind: 'argument', baseScore: 0.5 }],
 *   edges: [{ from: 'a', to: 'c', stance: 'ATTACK', attackKind: 'REBUT', weight: 1 }],
 * } as const;
 * explainStrength('c', graph, computeStrengths(graph));
 * // { base: 0.6, strength: 0.3, supporters: [], attackers: [{ id: 'a', contribution: 0.5 }], undercutters: [] }
 */
export function explainStrength(nodeId: string, graph: TArgGraph, strengths: ReadonlyMap<string, number>): TStrengthExplanation {
  const g = compileGraph(graph);
  const v = g.indexOf.get(nodeId);
  if (v === undefined) throw new RangeError(`No node "${nodeId}" in the graph.`);
  const sigma = Float64Array.from(g.ids, (id) => {
    const strength = strengths.get(id);
    if (strength === undefined) throw new RangeError(`No strength for "${id}": computed for another graph?`);
    return strength;
  });
  const factors = new Float64Array(g.ids.length);
  fillInferenceFactors(g, sigma, factors);
  const explanation: TStrengthExplanation = {
    base: g.base[v] ?? 0,
    strength: sigma[v] ?? 0,
    supporters: [],
    attackers: [],
    undercutters: [],
  };
  for (let k = g.inStart[v] ?? 0; k < (g.inStart[v + 1] ?? 0); k += 1) {
    const b = g.inFrom[k] ?? 0;
    const item = { id: g.ids[b] ?? '', contribution: (sigma[b] ?? 0) * (g.inWeight[k] ?? 0) * (factors[b] ?? 0) };
    ((g.inSign[k] ?? 0) < 0 ? explanation.attackers : explanation.supporters).push(item);
  }
  for (let k = g.ucStart[v] ?? 0; k < (g.ucStart[v + 1] ?? 0); k += 1) {
    const u = g.ucFrom[k] ?? 0;
    explanation.undercutters.push({ id: g.ids[u] ?? '', contribution: (sigma[u] ?? 0) * (g.ucWeight[k] ?? 0) });
  }
  explanation.supporters.sort(strongestFirst);
  explanation.attackers.sort(strongestFirst);
  explanation.undercutters.sort(strongestFirst);
  return explanation;
}
