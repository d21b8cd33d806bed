import { describe, expect, it } from 'vitest';
import { computeStrengths, solveStrengths, type TArgEdge, type TArgGraph, type TArgNode } from '@/lib/domain/argument';
import { seededRandom } from '@/lib/domain/random/seeded-random';
import { arg, claim, rebuts, supports, undercuts } from './graph-builders';

type TCase = { name: string; graph: TArgGraph; expected: Record<string, number> };

// DF-QuAD: F(v1..vn) = 1 − ∏(1 − vi); C(v0, va, vs) = v0 − v0·(va − vs) if va ≥ vs,
// else v0 + (1 − v0)·(vs − va). A contribution is σ(b) · weight · ∏(1 − σ(u)·w) over b's undercutters.
const cases: TCase[] = [
  {
    name: 'single attacker: 0.6 − 0.6·0.5 = 0.3',
    graph: { nodes: [claim('c', 0.6), arg('a', 0.5)], edges: [rebuts('a', 'c')] },
    expected: { c: 0.3, a: 0.5 },
  },
  {
    name: 'single supporter: 0.6 + 0.4·0.5 = 0.8',
    graph: { nodes: [claim('c', 0.6), arg('s', 0.5)], edges: [supports('s', 'c')] },
    expected: { c: 0.8, s: 0.5 },
  },
  {
    name: 'attacker 0.5 and supporter 0.8: 0.6 + 0.4·(0.8 − 0.5) = 0.72',
    graph: { nodes: [claim('c', 0.6), arg('a', 0.5), arg('s', 0.8)], edges: [rebuts('a', 'c'), supports('s', 'c')] },
    expected: { c: 0.72 },
  },
  {
    name: 'equal attack and support cancel: 0.6',
    graph: { nodes: [claim('c', 0.6), arg('a', 0.5), arg('s', 0.5)], edges: [rebuts('a', 'c'), supports('s', 'c')] },
    expected: { c: 0.6 },
  },
  {
    name: 'two attackers aggregate: F(0.5, 0.4) = 1 − 0.5·0.6 = 0.7, so 0.5 − 0.5·0.7 = 0.15',
    graph: { nodes: [claim('c', 0.5), arg('a1', 0.5), arg('a2', 0.4)], edges: [rebuts('a1', 'c'), rebuts('a2', 'c')] },
    expected: { c: 0.15 },
  },
  {
    name: 'a half-relevant attacker counts half: 0.6 − 0.6·(0.5·0.5) = 0.45',
    graph: { nodes: [claim('c', 0.6), arg('a', 0.5)], edges: [rebuts('a', 'c', 0.5)] },
    expected: { c: 0.45 },
  },
  {
    name: 'chain of 3, an attack on the attack restores: a = 0.8 − 0.8·0.5 = 0.4, c = 0.6 − 0.6·0.4 = 0.36 (0.12 without b)',
    graph: { nodes: [claim('c', 0.6), arg('a', 0.8), arg('b', 0.5)], edges: [rebuts('a', 'c'), rebuts('b', 'a')] },
    expected: { c: 0.36, a: 0.4, b: 0.5 },
  },
  {
    name: 'undercut: a keeps 0.8 + 0.2·0.5 = 0.9, its inference keeps 1 − 0.5, c = 0.6 − 0.6·(0.9·0.5) = 0.33',
    graph: {
      nodes: [claim('c', 0.6), arg('a', 0.8), arg('s', 0.5), arg('u', 0.5)],
      edges: [rebuts('a', 'c'), supports('s', 'a'), undercuts('u', 'a')],
    },
    expected: { c: 0.33, a: 0.9, s: 0.5, u: 0.5 },
  },
  {
    name: 'the same u as a rebuttal instead: a = C(0.8, 0.5, 0.5) = 0.8, c = 0.6 − 0.6·0.8 = 0.12',
    graph: {
      nodes: [claim('c', 0.6), arg('a', 0.8), arg('s', 0.5), arg('u', 0.5)],
      edges: [rebuts('a', 'c'), supports('s', 'a'), rebuts('u', 'a')],
    },
    expected: { c: 0.12, a: 0.8 },
  },
  {
    name: 'undercut of a supporter: 0.5 + 0.5·(0.8·(1 − 0.5)) = 0.7',
    graph: { nodes: [claim('c', 0.5), arg('s', 0.8), arg('u', 0.5)], edges: [supports('s', 'c'), undercuts('u', 's')] },
    expected: { c: 0.7, s: 0.8 },
  },
  {
    name: 'an undercut aimed at a claim counts as a rebuttal: 0.6 − 0.6·0.5 = 0.3',
    graph: { nodes: [claim('c', 0.6), arg('u', 0.5)], edges: [undercuts('u', 'c')] },
    expected: { c: 0.3 },
  },
  {
    // σa = 0.8·(1 − σb), σb = 0.6·(1 − σa) ⇒ σa = 0.8·(0.4 + 0.6·σa) = 0.32 + 0.48·σa
    // ⇒ σa = 0.32 / 0.52 = 8/13 ≈ 0.6154, σb = 0.6·(5/13) = 3/13 ≈ 0.2308.
    name: '2-cycle, a and b attack each other: a = 8/13, b = 3/13',
    graph: { nodes: [arg('a', 0.8), arg('b', 0.6)], edges: [rebuts('a', 'b'), rebuts('b', 'a')] },
    expected: { a: 8 / 13, b: 3 / 13 },
  },
  {
    // Every (x, 1 − x) is a fixed point; undamped iteration flips 1,1 → 0,0 → 1,1 forever.
    // Damped by ½: 1,1 → ½·1 + ½·0 = ½,½, where C(1, ½, 0) = ½ leaves it.
    name: '2-cycle at base 1: settles at ½ each instead of oscillating',
    graph: { nodes: [arg('a', 1), arg('b', 1)], edges: [rebuts('a', 'b'), rebuts('b', 'a')] },
    expected: { a: 0.5, b: 0.5 },
  },
];

describe('computeStrengths (DF-QuAD)', () => {
  it.each(cases)('$name', ({ graph, expected }) => {
    const strengths = computeStrengths(graph);
    // 6 digits: on a cycle the tolerance bounds the last step, not the distance to the fixed point.
    for (const [id, value] of Object.entries(expected)) expect(strengths.get(id)).toBeCloseTo(value, 6);
  });

  it('returns every node, and base scores for nodes nobody argued about', () => {
    const strengths = computeStrengths({ nodes: [claim('c1', 0.7), claim('c2', 0.2)], edges: [] });
    expect([...strengths]).toEqual([
      ['c1', 0.7],
      ['c2', 0.2],
    ]);
  });
});

describe('solveStrengths', () => {
  it('on an acyclic graph is exact after depth iterations: the next one changes nothing', () => {
    // c ← a ← b has depth 2: iteration 1 gets a right, 2 gets c right, 3 confirms.
    const run = solveStrengths({ nodes: [claim('c', 0.6), arg('a', 0.8), arg('b', 0.5)], edges: [rebuts('a', 'c'), rebuts('b', 'a')] });
    expect(run).toMatchObject({ iterations: 3, isConverged: true });
    expect(run.strengths.get('c')).toBe(0.6 - 0.6 * (0.8 - 0.8 * 0.5));
  });

  it('terminates on a cycle and reports convergence', () => {
    const run = solveStrengths({ nodes: [arg('a', 0.8), arg('b', 0.6)], edges: [rebuts('a', 'b'), rebuts('b', 'a')] });
    expect(run.isConverged).toBe(true);
    expect(run.iterations).toBeLessThan(1000);
  });

  it('stops at the iteration cap', () => {
    const run = solveStrengths(
      { nodes: [arg('a', 0.8), arg('b', 0.6)], edges: [rebuts('a', 'b'), rebuts('b', 'a')] },
      { maxIterations: 5 },
    );
    expect(run).toMatchObject({ iterations: 5, isConverged: false });
  });

  it('handles a random 2,000-node graph with cycles', () => {
    const random = seededRandom(2001);
    const nodes: TArgNode[] = Array.from({ length: 2000 }, (_, i) => (i < 100 ? claim(`n${i}`, random()) : arg(`n${i}`, random())));
    const edges: TArgEdge[] = [];
    for (let i = 100; i < 2000; i += 1) {
      // Mostly a tree like a real debate, plus back-edges so that cycles exist.
      const target = random() < 0.9 ? Math.floor(random() * i) : Math.floor(random() * 2000);
      const roll = random();
      const stance = roll < 0.5 ? 'SUPPORT' : 'ATTACK';
      const attackKind = roll < 0.5 ? null : roll < 0.85 ? 'REBUT' : 'UNDERCUT';
      edges.push({ from: `n${i}`, to: `n${target}`, stance, attackKind, weight: random() });
    }
    const strengths = computeStrengths({ nodes, edges });
    expect(strengths.size).toBe(2000);
    for (const value of strengths.values()) {
      expect(value).toBeGreaterThanOrEqual(0);
      expect(value).toBeLessThanOrEqual(1);
    }
  });

  it.each([
    { name: 'a duplicate id', graph: { nodes: [claim('c', 0.5), arg('c', 0.5)], edges: [] } },
    { name: 'an edge to an unknown node', graph: { nodes: [arg('a', 0.5)], edges: [rebuts('a', 'missing')] } },
    { name: 'a base score above 1', graph: { nodes: [claim('c', 1.5)], edges: [] } },
    { name: 'a negative weight', graph: { nodes: [claim('c', 0.5), arg('a', 0.5)], edges: [rebuts('a', 'c', -0.1)] } },
  ])('rejects $name', ({ graph }) => {
    expect(() => computeStrengths(graph)).toThrow(RangeError);
  });
});
