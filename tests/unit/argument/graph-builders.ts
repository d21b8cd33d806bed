import type { TArgEdge, TArgNode } from '@/lib/domain/argument';

// Short builders so that each test graph reads like its drawing.
export const claim = (id: string, baseScore: number): TArgNode => ({ id, kind: 'claim', baseScore });
export const arg = (id: string, baseScore: number): TArgNode => ({ id, kind: 'argument', baseScore });
export const supports = (from: string, to: string, weight = 1): TArgEdge => ({ from, to, stance: 'SUPPORT', attackKind: null, weight });
export const rebuts = (from: string, to: string, weight = 1): TArgEdge => ({ from, to, stance: 'ATTACK', attackKind: 'REBUT', weight });
export const undercuts = (from: string, to: string, weight = 1): TArgEdge => ({ from, to, stance: 'ATTACK', attackKind: 'UNDERCUT', weight });

/** A deterministic PRNG (mulberry32), so the random graph is the same on every run. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
