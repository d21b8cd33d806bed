import type { TArgEdge, TArgNode } from '@/lib/domain/argument';

// Short builders so that each test graph reads like its drawing.
export const claim = (id: string, baseScore: number): TArgNode => ({ id, kind: 'claim', baseScore });
export const arg = (id: string, baseScore: number): TArgNode => ({ id, kind: 'argument', baseScore });
export const supports = (from: string, to: string, weight = 1): TArgEdge => ({ from, to, stance: 'SUPPORT', attackKind: null, weight });
export const rebuts = (from: string, to: string, weight = 1): TArgEdge => ({ from, to, stance: 'ATTACK', attackKind: 'REBUT', weight });
export const undercuts = (from: string, to: string, weight = 1): TArgEdge => ({
  from,
  to,
  stance: 'ATTACK',
  attackKind: 'UNDERCUT',
  weight,
});
