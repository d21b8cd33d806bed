import { cyclicNodes } from './cyclic-nodes';
import type { TArgGraph } from './types';

/**
 * The graph as flat arrays, node i = `ids[i]`. Node i's incoming supports and rebuttals are
 * positions `inStart[i] .. inStart[i + 1] − 1` of `inFrom` / `inSign` (+1 support, −1 attack) /
 * `inWeight`; the undercuts of node i's *inference* (its relation to its own target) are the
 * same ranges of `ucStart` / `ucFrom` / `ucWeight`. `isCyclic[i]` is 1 for nodes on a cycle.
 */
export type TCompiledGraph = {
  ids: string[];
  indexOf: Map<string, number>;
  base: Float64Array;
  inStart: Int32Array;
  inFrom: Int32Array;
  inSign: Int8Array;
  inWeight: Float64Array;
  ucStart: Int32Array;
  ucFrom: Int32Array;
  ucWeight: Float64Array;
  isCyclic: Uint8Array;
};

function isUnit(value: number): boolean {
  return Number.isFinite(value) && value >= 0 && value <= 1;
}

type TRelation = { from: number; to: number; weight: number; sign: 1 | -1 };

/** Groups relations by target into CSR arrays (stable: a target's relations keep their input order). */
function byTarget(count: number, relations: readonly TRelation[]) {
  const start = new Int32Array(count + 1);
  for (const r of relations) start[r.to + 1] = (start[r.to + 1] ?? 0) + 1;
  for (let i = 0; i < count; i += 1) start[i + 1] = (start[i + 1] ?? 0) + (start[i] ?? 0);
  const fill = start.slice(0, count);
  const from = new Int32Array(relations.length);
  const sign = new Int8Array(relations.length);
  const weight = new Float64Array(relations.length);
  for (const r of relations) {
    const at = fill[r.to] ?? 0;
    fill[r.to] = at + 1;
    from[at] = r.from;
    sign[at] = r.sign;
    weight[at] = r.weight;
  }
  return { start, from, sign, weight };
}

/**
 * Validates and compiles a strength graph in O(V + E). Throws a RangeError for duplicate ids,
 * edges to unknown nodes, or base scores and weights outside [0, 1]: those are bugs in the
 * caller's query, and a strength computed over them would be silently wrong.
 * An UNDERCUT aimed at a claim (which has no inference of its own to undercut) counts as a rebuttal.
 */
export function compileGraph(graph: TArgGraph): TCompiledGraph {
  const ids = graph.nodes.map((n) => n.id);
  const indexOf = new Map<string, number>();
  const base = new Float64Array(ids.length);
  graph.nodes.forEach((node, i) => {
    if (indexOf.has(node.id)) throw new RangeError(`Duplicate node id "${node.id}".`);
    if (!isUnit(node.baseScore)) throw new RangeError(`Base score of "${node.id}" is not in [0, 1].`);
    indexOf.set(node.id, i);
    base[i] = node.baseScore;
  });
  const influences: TRelation[] = [];
  const undercuts: TRelation[] = [];
  for (const edge of graph.edges) {
    const from = indexOf.get(edge.from);
    const to = indexOf.get(edge.to);
    if (from === undefined || to === undefined) {
      throw new RangeError(`Edge ${edge.from} → ${edge.to} names a node that is not in the graph.`);
    }
    if (!isUnit(edge.weight)) throw new RangeError(`Weight of edge ${edge.from} → ${edge.to} is not in [0, 1].`);
    const isAttack = edge.stance === 'ATTACK';
    const relation: TRelation = { from, to, weight: edge.weight, sign: isAttack ? -1 : 1 };
    const isUndercut = isAttack && edge.attackKind === 'UNDERCUT' && graph.nodes[to]?.kind === 'argument';
    (isUndercut ? undercuts : influences).push(relation);
  }
  const incoming = byTarget(ids.length, influences);
  const undercut = byTarget(ids.length, undercuts);
  // Cycles are looked for over every edge, undercuts included (strongly connected components are
  // the same whichever way edges point, so the incoming lists serve). An undercut u → b really
  // affects what b targets, not b; routing it through b over-approximates, which at worst damps a
  // few nodes that did not need it — damping changes the path to the fixed point, not the point.
  const all = byTarget(ids.length, [...influences, ...undercuts]);
  return {
    ids,
    indexOf,
    base,
    inStart: incoming.start,
    inFrom: incoming.from,
    inSign: incoming.sign,
    inWeight: incoming.weight,
    ucStart: undercut.start,
    ucFrom: undercut.from,
    ucWeight: undercut.weight,
    isCyclic: cyclicNodes(ids.length, all.start, all.from),
  };
}
