import { describe, expect, it } from 'vitest';
import { layoutMap, MAP_METRICS, type TMapInput, type TMapNode } from '@/lib/domain/argument-map';
import { claim, rebuts, SMALL_MAP_DEBATE, supports, undercuts } from './small-map-debate';

const overlap = (a: TMapNode, b: TMapNode): boolean =>
  a.box.x < b.box.x + b.box.width &&
  b.box.x < a.box.x + a.box.width &&
  a.box.y < b.box.y + b.box.height &&
  b.box.y < a.box.y + a.box.height;

describe('layoutMap', () => {
  const map = layoutMap(SMALL_MAP_DEBATE);
  const at = (id: string): TMapNode => {
    const node = map.byId.get(id);
    if (!node) throw new Error(`no node ${id}`);
    return node;
  };

  it('places every claim and every argument reachable from one, and nothing else', () => {
    expect(map.nodes.map((n) => n.id).sort()).toEqual(['c1', 'c2', 'c3', 'r1', 'r2', 's1', 's2', 's3', 'u1']);
    expect(map.byId.has('o1')).toBe(false);
  });

  it('keeps nodes apart, each circle inside its box', () => {
    for (const node of map.nodes) {
      expect(node.box.x).toBeLessThan(node.x - node.radius);
      expect(node.box.y).toBeLessThan(node.y - node.radius);
      expect(node.box.x + node.box.width).toBeGreaterThan(node.x + node.radius);
      expect(node.box.y + node.box.height).toBeGreaterThan(node.y + node.radius);
    }
    for (const [i, a] of map.nodes.entries()) {
      for (const b of map.nodes.slice(i + 1)) expect(overlap(a, b), `${a.id} overlaps ${b.id}`).toBe(false);
    }
  });

  it('puts every reply to the right of what it answers, one column per level', () => {
    for (const node of map.nodes.filter((n) => n.parentId !== null)) {
      const parent = at(node.parentId!);
      expect(node.box.x).toBeGreaterThan(parent.box.x + parent.box.width);
      expect(node.x - parent.x).toBe(MAP_METRICS.column);
      expect(node.depth).toBe(parent.depth + 1);
    }
  });

  it('draws one edge per argument, between existing nodes, of the right kind', () => {
    expect(map.edges).toHaveLength(map.nodes.filter((n) => n.kind === 'argument').length);
    for (const edge of map.edges) {
      const [from, to] = [at(edge.from), at(edge.to)];
      expect(to.childIds).toContain(from.id);
      // From the reply's left edge to the right end of what it answers (past its label).
      expect([edge.x1, edge.y1, edge.x2, edge.y2]).toEqual([from.box.x, from.y, to.box.x + to.box.width, to.y]);
      expect(edge.x1).toBeGreaterThan(edge.x2);
    }
    const kinds = Object.fromEntries(map.edges.map((e) => [`${e.from}>${e.to}`, e.kind]));
    expect(kinds).toEqual({
      's1>c1': 'SUPPORT',
      'r1>c1': 'REBUT',
      'u1>s1': 'UNDERCUT',
      's2>s1': 'SUPPORT',
      'r2>r1': 'REBUT',
      's3>c3': 'SUPPORT',
    });
  });

  it('lays sections out as bands in essay order, claims in essay order, supports above attacks', () => {
    expect(map.sections.map((s) => [s.order, s.title])).toEqual([
      [0, null],
      [1, 'Section 1'],
    ]);
    expect(map.rootIds).toEqual(['c1', 'c2', 'c3']);
    const [opening, first] = map.sections;
    for (const id of ['c1', 'c2', 's1', 'r1', 'u1', 's2', 'r2']) {
      expect(at(id).y).toBeGreaterThan(opening!.y);
      expect(at(id).y).toBeLessThan(first!.y);
    }
    expect(at('c3').y).toBeGreaterThan(first!.y);
    expect(at('s1').y).toBeLessThan(at('r1').y);
    // Reading order is depth first: a claim, then its whole tree.
    expect(map.nodes.map((n) => n.id)).toEqual(['c1', 's1', 's2', 'u1', 'r1', 'r2', 'c2', 'c3', 's3']);
  });

  it('marks nodes under attack and sizes arguments by impact and claims by strength', () => {
    expect(
      map.nodes
        .filter((n) => n.isContested)
        .map((n) => n.id)
        .sort(),
    ).toEqual(['c1', 'r1', 's1']);
    expect(at('s1').radius).toBeGreaterThan(at('r1').radius);
    expect(at('c1').radius).toBeGreaterThan(at('c2').radius);
    for (const node of map.nodes.filter((n) => n.kind === 'argument')) expect(node.box.height).toBeLessThan(MAP_METRICS.row);
  });

  it('reads an undercut aimed at a claim as a rebuttal', () => {
    const odd: TMapInput = { claims: [claim('c1', 0, 0)], arguments: [undercuts('u', 'c1')] };
    expect(layoutMap(odd).edges.map((e) => e.kind)).toEqual(['REBUT']);
  });

  it('copes with a 2,000-deep chain and a 2,000-wide fan without overlaps', () => {
    const chain = Array.from({ length: 2000 }, (_, i) => (i % 2 ? rebuts : supports)(`a${i}`, i === 0 ? 'c1' : `a${i - 1}`));
    const fan = Array.from({ length: 2000 }, (_, i) => supports(`f${i}`, 'c2', { mean: i % 5, count: 1 }));
    const big = layoutMap({ claims: [claim('c1', 0, 0), claim('c2', 0, 1)], arguments: [...chain, ...fan] });
    expect(big.nodes).toHaveLength(4002);
    expect(Math.max(...big.nodes.map((n) => n.depth))).toBe(2000);
    const fanYs = big.nodes
      .filter((n) => n.parentId === 'c2')
      .map((n) => n.y)
      .sort((a, b) => a - b);
    for (let i = 1; i < fanYs.length; i += 1) expect(fanYs[i]! - fanYs[i - 1]!).toBeGreaterThanOrEqual(MAP_METRICS.row);
    // The two trees do not share rows.
    const chainBottom = Math.max(...big.nodes.filter((n) => n.claimId === 'c1').map((n) => n.y));
    expect(fanYs[0]!).toBeGreaterThan(chainBottom + MAP_METRICS.row / 2);
  });
});
