import type { TMapArgument, TMapClaim, TMapInput } from '@/lib/domain/argument-map';

export const claim = (id: string, sectionOrder: number, order: number, strength = 0.5): TMapClaim => ({
  id,
  text: `Claim ${id}`,
  order,
  sectionOrder,
  section: sectionOrder === 0 ? null : `Section ${sectionOrder}`,
  strength,
});

type TArgOptions = { mean?: number | null; count?: number; strength?: number };

function argument(
  id: string,
  target: string,
  stance: TMapArgument['stance'],
  attackKind: TMapArgument['attackKind'],
  options: TArgOptions,
): TMapArgument {
  const onClaim = target.startsWith('c');
  return {
    id,
    text: `Argument ${id}`,
    stance,
    attackKind,
    targetClaimId: onClaim ? target : null,
    targetArgumentId: onClaim ? null : target,
    strength: options.strength ?? 0.5,
    impact: { mean: options.mean ?? null, count: options.count ?? (options.mean === undefined || options.mean === null ? 0 : 1) },
  };
}

// Ids starting with "c" are claims, the rest arguments.
export const supports = (id: string, target: string, options: TArgOptions = {}) => argument(id, target, 'SUPPORT', null, options);
export const rebuts = (id: string, target: string, options: TArgOptions = {}) => argument(id, target, 'ATTACK', 'REBUT', options);
export const undercuts = (id: string, target: string, options: TArgOptions = {}) => argument(id, target, 'ATTACK', 'UNDERCUT', options);

// Two sections. c1 (opening) has a support s1 (impact 3) undercut by u1 and supported by s2,
// and a rebuttal r1 (impact 1) rebutted by r2; c2 (opening) has nothing; c3 (section 1) has a
// lone support s3 (no votes). o1 answers an argument that is not in the debate.
export const SMALL_MAP_DEBATE: TMapInput = {
  claims: [claim('c3', 1, 2), claim('c1', 0, 0, 0.8), claim('c2', 0, 1)],
  arguments: [
    supports('s1', 'c1', { mean: 3, count: 4 }),
    rebuts('r1', 'c1', { mean: 1, count: 2 }),
    undercuts('u1', 's1', { mean: 2 }),
    supports('s2', 's1', { mean: 4, count: 2 }),
    rebuts('r2', 'r1', { mean: 0.5, count: 2 }),
    supports('s3', 'c3'),
    supports('o1', 'gone'),
  ],
};
