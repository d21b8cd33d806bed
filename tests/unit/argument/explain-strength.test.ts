import { describe, expect, it } from 'vitest';
import { computeStrengths, explainStrength, type TArgGraph } from '@/lib/domain/argument';
import { arg, claim, rebuts, supports, undercuts } from './graph-builders';

// c (0.6) is supported by s1 (0.3) and s2 (0.7), attacked by a (0.8) whose inference u (0.5) undercuts.
const graph: TArgGraph = {
  nodes: [claim('c', 0.6), arg('s1', 0.3), arg('s2', 0.7), arg('a', 0.8), arg('u', 0.5)],
  edges: [supports('s1', 'c'), supports('s2', 'c'), rebuts('a', 'c'), undercuts('u', 'a')],
};

describe('explainStrength', () => {
  const strengths = computeStrengths(graph);

  it('lists contributions strongest first, the attacker scaled by its undercut', () => {
    // Support F(0.3, 0.7) = 1 − 0.7·0.3 = 0.79; attack 0.8·(1 − 0.5) = 0.4; c = 0.6 + 0.4·(0.79 − 0.4) = 0.756.
    const explanation = explainStrength('c', graph, strengths);
    expect(explanation.base).toBe(0.6);
    expect(explanation.strength).toBeCloseTo(0.756, 12);
    expect(explanation.supporters.map((s) => s.id)).toEqual(['s2', 's1']);
    expect(explanation.supporters.map((s) => s.contribution)).toEqual([0.7, 0.3]);
    expect(explanation.attackers).toEqual([{ id: 'a', contribution: 0.4 }]);
    expect(explanation.undercutters).toEqual([]);
  });

  it('shows an undercut on the argument whose inference it attacks, without lowering its strength', () => {
    expect(explainStrength('a', graph, strengths)).toEqual({
      base: 0.8,
      strength: 0.8,
      supporters: [],
      attackers: [],
      undercutters: [{ id: 'u', contribution: 0.5 }],
    });
  });

  it('rejects an unknown node and strengths from another graph', () => {
    expect(() => explainStrength('nope', graph, strengths)).toThrow(RangeError);
    expect(() => explainStrength('c', graph, new Map([['c', 0.5]]))).toThrow(RangeError);
  });
});
