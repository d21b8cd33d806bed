import { minRatingsToPlace } from '@/lib/domain/opinion';

/**
 * How many of an essay's claims a viewer must have rated (AGREEMENT) before the digest shows them
 * opinion groups, cruxes and common ground — all computed from others' ratings, so the blind rule
 * of ADR 0003 extends to them, staff and the author included. The number is the one that places
 * a member on the opinion map (Pol.is's `in-conv`: min(7, claims)): whoever is counted in the
 * groups may see them.
 * @example opinionRatingsNeeded(40) // 7
 * @example opinionRatingsNeeded(3)  // 3
 */
export function opinionRatingsNeeded(claimCount: number): number {
  return minRatingsToPlace(claimCount);
}
