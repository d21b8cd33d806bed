import type { TClaimOpinion, TCommonGround, TCrux } from './types';

export const MAX_LISTED = 10;
/** A group's lean counts only if at least this many of its members rated the claim. */
export const MIN_RATERS_PER_SIDE = 2;

/** A group's lean on a claim: smoothed P(agree) − P(disagree), −1..1. */
function lean(g: { pAgree: number; pDisagree: number }): number {
  return g.pAgree - g.pDisagree;
}

/**
 * Cruxes: claims on which one group leans to agreeing (smoothed P(agree) > ½) while another
 * leans to disagreeing (P(disagree) > ½), each side rated by at least MIN_RATERS_PER_SIDE of its
 * members; ranked by the spread between the most agreeing and the most disagreeing group. Pol.is
 * has no such list (it shows each group's representative comments); this is the part of its
 * repness that is about two groups at once, put where a discussion can start.
 */
export function findCruxes(claims: readonly TClaimOpinion[]): TCrux[] {
  const cruxes: TCrux[] = [];
  for (const claim of claims) {
    if (claim.groups.length < 2) continue;
    let agreeingGroup = -1;
    let disagreeingGroup = -1;
    claim.groups.forEach((g, index) => {
      if (g.seen < MIN_RATERS_PER_SIDE) return;
      if (g.pAgree > 0.5 && (agreeingGroup < 0 || lean(g) > lean(claim.groups[agreeingGroup]!))) agreeingGroup = index;
      if (g.pDisagree > 0.5 && (disagreeingGroup < 0 || lean(g) < lean(claim.groups[disagreeingGroup]!))) disagreeingGroup = index;
    });
    if (agreeingGroup < 0 || disagreeingGroup < 0 || agreeingGroup === disagreeingGroup) continue;
    const spread = lean(claim.groups[agreeingGroup]!) - lean(claim.groups[disagreeingGroup]!);
    cruxes.push({ claimId: claim.claimId, spread, agreeingGroup, disagreeingGroup });
  }
  return cruxes.sort((a, b) => b.spread - a.spread || compare(a.claimId, b.claimId)).slice(0, MAX_LISTED);
}

/**
 * Common ground: claims every group leans to agreeing with (each group's smoothed P(agree) > ½,
 * rated by at least MIN_RATERS_PER_SIDE of its members), ranked by group-informed consensus.
 */
export function findCommonGround(claims: readonly TClaimOpinion[]): TCommonGround[] {
  return claims
    .filter((claim) => claim.groups.length >= 2 && claim.groups.every((g) => g.seen >= MIN_RATERS_PER_SIDE && g.pAgree > 0.5))
    .map((claim) => ({ claimId: claim.claimId, consensus: claim.consensus }))
    .sort((a, b) => b.consensus - a.consensus || compare(a.claimId, b.claimId))
    .slice(0, MAX_LISTED);
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
