import { describe, expect, it } from 'vitest';
import { effectiveMinRatings, shapeOpinionMap, type TGroupClaimVotes, type TOpinionResult } from '@/lib/domain/opinion';

const votes = (agree: number, disagree: number, seen: number): TGroupClaimVotes => ({
  agree,
  disagree,
  seen,
  histogram: [disagree, 0, seen - agree - disagree, 0, agree],
  pAgree: (agree + 1) / (seen + 2),
  pDisagree: (disagree + 1) / (seen + 2),
});

/**
 * A stored result written by hand: group A (m1–m3), group B (m4–m6) and a group C of two (m7, m8)
 * that the clustering would never form — the shaping must drop it on its own. Claim c1 splits A
 * from B, c2 splits A from C, c3 is common ground.
 */
const RESULT: TOpinionResult = {
  formatVersion: 1,
  claimCount: 3,
  raterCount: 9,
  minRatingsToPlace: 3,
  members: [
    ...['m1', 'm2', 'm3'].map((memberId, i) => ({ memberId, x: -1 - i / 10, y: 0, group: 0, ratedCount: 3 })),
    ...['m4', 'm5', 'm6'].map((memberId, i) => ({ memberId, x: 1 + i / 10, y: 0, group: 1, ratedCount: 3 })),
    ...['m7', 'm8'].map((memberId, i) => ({ memberId, x: 0, y: 2 + i / 10, group: 2, ratedCount: 3 })),
    { memberId: 'm9', x: 0, y: 0, group: null, ratedCount: 1 },
  ],
  groups: [
    { label: 'A', size: 3, centroid: { x: -1.1, y: 0 }, hull: [] },
    { label: 'B', size: 3, centroid: { x: 1.1, y: 0 }, hull: [] },
    { label: 'C', size: 2, centroid: { x: 0, y: 2.05 }, hull: [] },
  ],
  silhouette: 0.8,
  claims: [
    { claimId: 'c1', consensus: 0.1, consensusAgainst: 0.1, groups: [votes(3, 0, 3), votes(0, 3, 3), votes(1, 1, 2)] },
    { claimId: 'c2', consensus: 0.1, consensusAgainst: 0.1, groups: [votes(3, 0, 3), votes(1, 1, 3), votes(0, 2, 2)] },
    { claimId: 'c3', consensus: 0.5, consensusAgainst: 0.01, groups: [votes(3, 0, 3), votes(3, 0, 3), votes(2, 0, 2)] },
  ],
  representative: [
    [{ claimId: 'c1', repfulFor: 'agree', repness: 2, repnessTest: 2, pSuccess: 0.8, nSuccess: 3, nTrials: 3 }],
    [{ claimId: 'c1', repfulFor: 'disagree', repness: 2, repnessTest: 2, pSuccess: 0.8, nSuccess: 3, nTrials: 3 }],
    [{ claimId: 'c2', repfulFor: 'disagree', repness: 2, repnessTest: 2, pSuccess: 0.75, nSuccess: 2, nTrials: 2 }],
  ],
  cruxes: [
    { claimId: 'c1', spread: 1.2, agreeingGroup: 0, disagreeingGroup: 1 },
    { claimId: 'c2', spread: 1.1, agreeingGroup: 0, disagreeingGroup: 2 },
  ],
  commonGround: [{ claimId: 'c3', consensus: 0.5 }],
};

describe('effectiveMinRatings', () => {
  it.each([
    ['the owner’s N when the essay has more claims', 5, 40, 5],
    ['every claim when the essay has fewer than N', 5, 3, 3],
    ['at least one, even for an essay with no claims', 5, 0, 1],
  ])('%s', (_name, setting, claims, expected) => {
    expect(effectiveMinRatings(setting, claims)).toBe(expected);
  });
});

describe('shapeOpinionMap', () => {
  const all = new Set(['c1', 'c2', 'c3']);

  it('drops a group of two with its members, and members in no group', () => {
    const shape = shapeOpinionMap(RESULT, { viewerId: 'm1', revealedClaimIds: all });
    expect(shape.groups.map((g) => g.label)).toEqual(['A', 'B']);
    expect(shape.members.map((m) => m.memberId)).toEqual(['m1', 'm2', 'm3', 'm4', 'm5', 'm6']);
    expect(shape.representative.map((r) => r.label)).toEqual(['A', 'B']);
  });

  it('leaves the small group out of every claim’s votes and out of the cruxes it was part of', () => {
    const shape = shapeOpinionMap(RESULT, { viewerId: 'm1', revealedClaimIds: all });
    expect(shape.cruxes.map((c) => [c.claimId, c.agreeing, c.disagreeing])).toEqual([['c1', 'A', 'B']]);
    expect(shape.cruxes[0]!.groups.map((g) => [g.label, g.agree, g.disagree, g.seen])).toEqual([
      ['A', 3, 0, 3],
      ['B', 0, 3, 3],
    ]);
    expect(shape.commonGround[0]!.groups.map((g) => g.label)).toEqual(['A', 'B']);
  });

  it('marks the viewer, or says they are not placed', () => {
    expect(shapeOpinionMap(RESULT, { viewerId: 'm5', revealedClaimIds: all }).viewer).toEqual({
      isPlaced: true,
      group: 'B',
      minRatingsToPlace: 3,
    });
    expect(shapeOpinionMap(RESULT, { viewerId: 'm5', revealedClaimIds: all }).members.filter((m) => m.isViewer)).toHaveLength(1);
    // In the dropped group, or in none: not on the map.
    for (const viewerId of ['m7', 'm9'])
      expect(shapeOpinionMap(RESULT, { viewerId, revealedClaimIds: all }).viewer).toMatchObject({ isPlaced: false, group: null });
  });

  it('lists nothing about a claim the viewer has not rated', () => {
    const shape = shapeOpinionMap(RESULT, { viewerId: 'm1', revealedClaimIds: new Set(['c2']) });
    expect(shape.cruxes).toEqual([]);
    expect(shape.commonGround).toEqual([]);
    expect(shape.representative).toEqual([
      { label: 'A', claims: [] },
      { label: 'B', claims: [] },
    ]);
  });

  it('gives representative claims with the share of the group that agrees or disagrees', () => {
    const shape = shapeOpinionMap(RESULT, { viewerId: 'm1', revealedClaimIds: all });
    expect(shape.representative[1]).toEqual({ label: 'B', claims: [{ claimId: 'c1', repfulFor: 'disagree', share: 1 }] });
  });
});
