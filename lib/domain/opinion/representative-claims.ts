import { isSignificant90, propTest, twoPropTest } from './proportion-tests';
import type { TClaimOpinion, TRepresentativeClaim } from './types';

const MAX_REPRESENTATIVE = 5;

type TStats = {
  na: number;
  nd: number;
  ns: number;
  pa: number;
  pd: number;
  pat: number;
  pdt: number;
  ra: number;
  rd: number;
  rat: number;
  rdt: number;
};

/**
 * The claims that best tell each group apart, after Pol.is repness.clj (`conv-repness`,
 * `add-comparitive-stats`, `select-rep-comments`): for each group and claim, how much likelier the
 * group is to agree (or disagree) than everyone else (ra = pa / pa_rest, smoothed), with a
 * two-proportion z test (rat) and a one-proportion test of the group's own lean (pat). A claim
 * qualifies when both tests pass at 90 %; qualifying claims are ranked by ra·rat·pa·pat, top 5,
 * agreements first. A group with none still gets its single best claim by test, so every group
 * says something. (We leave out Pol.is's separate "best agree" slot.)
 */
export function representativeClaims(claims: readonly TClaimOpinion[], groupCount: number): TRepresentativeClaim[][] {
  return Array.from({ length: groupCount }, (_, g) => {
    const sufficient: TRepresentativeClaim[] = [];
    let best: { z: number; claim: TRepresentativeClaim } | null = null;
    for (const claim of claims) {
      const stats = groupStats(claim, g);
      if (stats.na === 0 && stats.nd === 0) continue;
      const finalized = finalize(claim.claimId, stats);
      if ((isSignificant90(stats.rat) && isSignificant90(stats.pat)) || (isSignificant90(stats.rdt) && isSignificant90(stats.pdt)))
        sufficient.push(finalized);
      const z = Math.max(stats.rat, stats.rdt);
      if (best === null || z > best.z) best = { z, claim: finalized };
    }
    if (sufficient.length === 0) return best ? [best.claim] : [];
    const top = sufficient.sort((a, b) => metric(b) - metric(a)).slice(0, MAX_REPRESENTATIVE);
    return [...top.filter((c) => c.repfulFor === 'agree'), ...top.filter((c) => c.repfulFor === 'disagree')];
  });
}

function groupStats(claim: TClaimOpinion, g: number): TStats {
  const own = claim.groups[g]!;
  let restA = 0;
  let restD = 0;
  let restS = 0;
  claim.groups.forEach((other, h) => {
    if (h === g) return;
    restA += other.agree;
    restD += other.disagree;
    restS += other.seen;
  });
  return {
    na: own.agree,
    nd: own.disagree,
    ns: own.seen,
    pa: own.pAgree,
    pd: own.pDisagree,
    pat: propTest(own.agree, own.seen),
    pdt: propTest(own.disagree, own.seen),
    ra: own.pAgree / ((restA + 1) / (restS + 2)),
    rd: own.pDisagree / ((restD + 1) / (restS + 2)),
    rat: twoPropTest(own.agree, restA, own.seen, restS),
    rdt: twoPropTest(own.disagree, restD, own.seen, restS),
  };
}

// Pol.is `finalize-cmt-stats`: a claim represents a group by agreement when its agree test beats its disagree test.
function finalize(claimId: string, s: TStats): TRepresentativeClaim {
  return s.rat > s.rdt
    ? { claimId, repfulFor: 'agree', repness: s.ra, repnessTest: s.rat, pSuccess: s.pa, nSuccess: s.na, nTrials: s.ns }
    : { claimId, repfulFor: 'disagree', repness: s.rd, repnessTest: s.rdt, pSuccess: s.pd, nSuccess: s.nd, nTrials: s.ns };
}

// Pol.is `repness-metric`: repness × its test × the group's own probability × its test.
function metric(c: TRepresentativeClaim): number {
  return c.repness * c.repnessTest * c.pSuccess * propTest(c.nSuccess, c.nTrials);
}
