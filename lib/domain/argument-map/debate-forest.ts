import type { TMapArgument, TMapEdgeKind, TMapInput } from './types';

/**
 * Most impactful first: higher mean impact, then more votes; arguments nobody voted on come last.
 * Ties keep their input order (Array.prototype.sort is stable), i.e. oldest first.
 *
 * @example
 * [{ impact: { mean: null, count: 0 } }, { impact: { mean: 3, count: 1 } }].sort(byImpact); // mean 3 first
 */
export function byImpact(
  a: { impact: { mean: number | null; count: number } },
  b: { impact: { mean: number | null; count: number } },
): number {
  return (b.impact.mean ?? -1) - (a.impact.mean ?? -1) || b.impact.count - a.impact.count;
}

/**
 * How an argument is drawn against its target. An attack without a kind reads as a rebuttal,
 * and so does an undercut aimed at a claim, which has no inference to undercut (the strength
 * graph and the exporters read it the same way).
 */
export function edgeKindOf(argument: Pick<TMapArgument, 'stance' | 'attackKind' | 'targetArgumentId'>): TMapEdgeKind {
  if (argument.stance === 'SUPPORT') return 'SUPPORT';
  return argument.attackKind === 'UNDERCUT' && argument.targetArgumentId !== null ? 'UNDERCUT' : 'REBUT';
}

/** `claim:<id>` / `argument:<id>`: claims and arguments live in separate tables, so keys are typed. */
export const claimKey = (id: string): string => `claim:${id}`;
export const argumentKey = (id: string): string => `argument:${id}`;

/** The key of what an argument targets. */
export function targetKey(argument: Pick<TMapArgument, 'targetClaimId' | 'targetArgumentId'>): string {
  return argument.targetClaimId !== null ? claimKey(argument.targetClaimId) : argumentKey(argument.targetArgumentId ?? '');
}

/**
 * The arguments aimed at each claim or argument, by target key, in input order. An argument whose
 * target is not in `input` is in no tree reachable from a claim, and so on no map.
 */
export function childrenByTarget(input: TMapInput): Map<string, TMapArgument[]> {
  const children = new Map<string, TMapArgument[]>();
  for (const argument of input.arguments) {
    const key = targetKey(argument);
    const list = children.get(key);
    if (list) list.push(argument);
    else children.set(key, [argument]);
  }
  return children;
}
