import { argumentKey, childrenByTarget, claimKey, targetKey } from './debate-forest';
import type { TMapArgument, TMapInput } from './types';

export type TMapFilters = {
  /** Only what is under attack: every attacking argument with the path from its claim down to it. */
  isContestedOnly: boolean;
  /** Arguments whose mean impact (0 without votes) is below this go, and their replies with them. */
  minImpact: number;
  /** One section's claims (by `sectionOrder`), or every section. */
  sectionOrder: number | null;
};

export const NO_MAP_FILTERS: TMapFilters = { isContestedOnly: false, minImpact: 0, sectionOrder: null };

/**
 * The part of a debate the map should draw. Filters apply in order — section, then impact, then
 * contested — and the result is always a forest that hangs from its claims: an argument that
 * goes takes its replies with it (they answer something no longer shown), and "contested only"
 * keeps each attack together with its target and the chain up to the claim, so that every kept
 * node is reachable and every contested node shows an attacker. Input order is kept.
 *
 * @example
 * filterDebate(debate, { isContestedOnly: true, minImpact: 0, sectionOrder: null });
 * // the claims with at least one attack anywhere below them, and just the paths to those attacks
 */
export function filterDebate(input: TMapInput, filters: TMapFilters): TMapInput {
  const claims = filters.sectionOrder === null ? input.claims : input.claims.filter((c) => c.sectionOrder === filters.sectionOrder);
  const children = childrenByTarget(input);
  const reached = new Set<string>();
  const stack = claims.map((c) => claimKey(c.id));
  for (let key = stack.pop(); key !== undefined; key = stack.pop()) {
    for (const child of children.get(key) ?? []) {
      if ((child.impact.mean ?? 0) < filters.minImpact || reached.has(child.id)) continue;
      reached.add(child.id);
      stack.push(argumentKey(child.id));
    }
  }
  const args = input.arguments.filter((a) => reached.has(a.id));
  if (!filters.isContestedOnly) return { claims, arguments: args };

  const parentOf = new Map<string, string>(args.map((a) => [argumentKey(a.id), targetKey(a)]));
  const kept = new Set<string>();
  for (const attack of args.filter((a: TMapArgument) => a.stance === 'ATTACK')) {
    for (let key: string | undefined = argumentKey(attack.id); key !== undefined && !kept.has(key); key = parentOf.get(key)) kept.add(key);
  }
  return { claims: claims.filter((c) => kept.has(claimKey(c.id))), arguments: args.filter((a) => kept.has(argumentKey(a.id))) };
}
