import { describe, expect, it } from 'vitest';
import { strengthGraphOf, type TMapData } from '@/components/argument-map/map-data';

const claim = (id: string, base: number) => ({ id, text: id, order: 0, sectionOrder: 0, section: null, strength: 0.5, base });

const DATA: TMapData = {
  slug: 'essay',
  title: 'Essay',
  claims: [claim('c1', 0.6), claim('c2', 0.4)],
  arguments: [
    {
      id: 'pro',
      text: 'pro',
      stance: 'SUPPORT',
      attackKind: null,
      targetClaimId: 'c1',
      targetArgumentId: null,
      strength: 0.5,
      impact: { mean: 3, count: 2 },
      base: 0.7,
      weight: 1,
    },
    {
      id: 'cut',
      text: 'cut',
      stance: 'ATTACK',
      attackKind: 'UNDERCUT',
      targetClaimId: null,
      targetArgumentId: 'pro',
      strength: 0.5,
      impact: { mean: null, count: 0 },
      base: 0.5,
      weight: 0.25,
    },
    {
      id: 'con',
      text: 'con',
      stance: 'ATTACK',
      attackKind: null,
      targetClaimId: 'c2',
      targetArgumentId: null,
      strength: 0.5,
      impact: { mean: 1, count: 1 },
      base: 0.3,
      weight: 0,
    },
  ],
};

describe('strengthGraphOf', () => {
  it('rebuilds the strength graph: claims then arguments with their base scores, in the order sent', () => {
    expect(strengthGraphOf(DATA).nodes).toEqual([
      { id: 'c1', kind: 'claim', baseScore: 0.6 },
      { id: 'c2', kind: 'claim', baseScore: 0.4 },
      { id: 'pro', kind: 'argument', baseScore: 0.7 },
      { id: 'cut', kind: 'argument', baseScore: 0.5 },
      { id: 'con', kind: 'argument', baseScore: 0.3 },
    ]);
  });

  it('draws one edge per argument to the claim or argument it targets, with its relation and weight', () => {
    expect(strengthGraphOf(DATA).edges).toEqual([
      { from: 'pro', to: 'c1', stance: 'SUPPORT', attackKind: null, weight: 1 },
      { from: 'cut', to: 'pro', stance: 'ATTACK', attackKind: 'UNDERCUT', weight: 0.25 },
      { from: 'con', to: 'c2', stance: 'ATTACK', attackKind: null, weight: 0 },
    ]);
  });

  it('gives an empty debate an empty graph', () => {
    expect(strengthGraphOf({ slug: 's', title: 't', claims: [], arguments: [] })).toEqual({ nodes: [], edges: [] });
  });
});
