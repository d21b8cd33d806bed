import type { TMapEdgeKind } from '@/lib/domain/argument-map';

/** Impact votes 0–4, as Kialo asks them: how much does this argument bear on what it answers? */
export const IMPACT_LABELS = ['No impact', 'Low', 'Medium', 'High', 'Decisive'] as const;

/** How an argument bears on its target, in words (and the badge it wears). */
export const RELATION_LABELS: Record<TMapEdgeKind, string> = { SUPPORT: 'Supports', REBUT: 'Rebuttal', UNDERCUT: 'Undercut' };

/** 0.623 → "62%". */
export const percent = (value: number): string => `${Math.round(value * 100)}%`;

/** "2.3 mean impact, 4 votes" or "no votes yet". */
export function describeImpact(impact: { mean: number | null; count: number }): string {
  if (impact.mean === null || impact.count === 0) return 'no impact votes yet';
  return `impact ${impact.mean.toFixed(1)} of 4 (${IMPACT_LABELS[Math.round(impact.mean)] ?? ''}), ${impact.count} ${impact.count === 1 ? 'vote' : 'votes'}`;
}
