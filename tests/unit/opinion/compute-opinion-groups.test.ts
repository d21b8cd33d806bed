import { describe, expect, it } from 'vitest';
import { computeOpinionGroups, type TOpinionResult } from '@/lib/domain/opinion';
import { camp, claimIdsOf, ratingsOf } from './opinion-fixtures';

function groupOf(result: TOpinionResult, memberId: string): number | null {
  return result.members.find((m) => m.memberId === memberId)?.group ?? null;
}

function campsAsGroups(result: TOpinionResult, prefixes: string[]): Set<number | null>[] {
  return prefixes.map((prefix) => new Set(result.members.filter((m) => m.memberId.startsWith(prefix)).map((m) => m.group)));
}

const FOR_FIRST = [5, 5, 5, 5, 5, 1, 1, 1, 1, 1];
const FOR_SECOND = [1, 1, 1, 1, 1, 5, 5, 5, 5, 5];

describe('computeOpinionGroups', () => {
  it('finds two clear camps as two groups of six, with every split claim a crux', () => {
    const ratings = [...ratingsOf('a', camp(FOR_FIRST, 6)), ...ratingsOf('b', camp(FOR_SECOND, 6))];
    const result = computeOpinionGroups(ratings, claimIdsOf(10));
    expect(result.groups.map((g) => g.size)).toEqual([6, 6]);
    const [campA, campB] = campsAsGroups(result, ['a', 'b']);
    expect(campA!.size).toBe(1);
    expect(campB!.size).toBe(1);
    expect([...campA!][0]).not.toBe([...campB!][0]);
    expect(result.cruxes.map((c) => c.claimId).sort()).toEqual(claimIdsOf(10));
    expect(result.commonGround).toEqual([]);
  });

  it('finds three camps as three groups', () => {
    const row = (agreed: number) => Array.from({ length: 12 }, (_, j) => (Math.floor(j / 4) === agreed ? 5 : 1));
    const ratings = [...ratingsOf('a', camp(row(0), 6)), ...ratingsOf('b', camp(row(1), 6)), ...ratingsOf('c', camp(row(2), 6))];
    const result = computeOpinionGroups(ratings, claimIdsOf(12));
    expect(result.groups.map((g) => g.size)).toEqual([6, 6, 6]);
    const groups = campsAsGroups(result, ['a', 'b', 'c']);
    expect(groups.every((g) => g.size === 1)).toBe(true);
    expect(new Set(groups.map((g) => [...g][0])).size).toBe(3);
    // Each camp's own block of claims represents it, by agreement.
    result.representative.forEach((claims, g) => {
      const campIndex = groups.findIndex((set) => set.has(g));
      expect(claims.length).toBeGreaterThan(0);
      for (const claim of claims.filter((c) => c.repfulFor === 'agree'))
        expect(Math.floor(Number(claim.claimId.slice(1)) / 4)).toBe(campIndex);
    });
  });

  it('puts a claim both camps agree with in common ground, not among the cruxes', () => {
    // Claim c10 is rated 5 by everyone; the camps still split on c00–c09.
    const ratings = [
      ...ratingsOf(
        'a',
        camp(FOR_FIRST, 6).map((r) => [...r, 5]),
      ),
      ...ratingsOf(
        'b',
        camp(FOR_SECOND, 6).map((r) => [...r, 5]),
      ),
    ];
    const result = computeOpinionGroups(ratings, claimIdsOf(11));
    expect(result.groups).toHaveLength(2);
    expect(result.commonGround.map((c) => c.claimId)).toEqual(['c10']);
    expect(result.cruxes.map((c) => c.claimId)).not.toContain('c10');
    // Each group of six all agreeing: (6 + 1) / (6 + 2) = 7/8 per group; 7/8 · 7/8 = 0.765625.
    expect(result.commonGround[0]!.consensus).toBeCloseTo(0.765625, 10);
  });

  it('places members who rated enough but not all claims with their camp, and leaves out those below seven', () => {
    const claims = claimIdsOf(14);
    const first = [...FOR_FIRST, 5, 5, 1, 1];
    const second = first.map((v) => 6 - v);
    // Sparse members rate only the first seven claims (the minimum), the quiet ones six.
    const sparse = (row: number[]) => row.map((v, j) => (j < 7 ? v : null));
    const quiet = (row: number[]) => row.map((v, j) => (j < 6 ? v : null));
    const ratings = [
      ...ratingsOf('a', camp(first, 6)),
      ...ratingsOf('b', camp(second, 6)),
      ...ratingsOf('sa', [sparse(first)]),
      ...ratingsOf('sb', [sparse(second)]),
      ...ratingsOf('qa', [quiet(first)]),
    ];
    const result = computeOpinionGroups(ratings, claims);
    expect(result.minRatingsToPlace).toBe(7);
    expect(result.raterCount).toBe(15);
    expect(result.members).toHaveLength(14);
    expect(result.members.some((m) => m.memberId.startsWith('qa'))).toBe(false);
    expect(groupOf(result, 'sa00')).toBe(groupOf(result, 'a00'));
    expect(groupOf(result, 'sb00')).toBe(groupOf(result, 'b00'));
    // Sparsity-aware projection: having rated half the claims, a member's raw projection is about
    // half a full member's; scaled by √(14/7) ≈ 1.41 it is about 0.7 of it, not pulled to the centre.
    const x = (id: string) => Math.abs(result.members.find((m) => m.memberId === id)!.x);
    const fullCamp = (x('a01') + x('a02') + x('a03')) / 3;
    expect(x('sa00') / fullCamp).toBeGreaterThan(0.6);
    expect(x('sa00') / fullCamp).toBeLessThan(0.85);
  });

  it('forms no groups when a grouping would need a group smaller than three', () => {
    // Five like-minded members and two dissenters: any split leaves a group of two.
    const ratings = [...ratingsOf('a', camp(FOR_FIRST, 5)), ...ratingsOf('b', camp(FOR_SECOND, 2))];
    const result = computeOpinionGroups(ratings, claimIdsOf(10));
    expect(result.members).toHaveLength(7);
    expect(result.groups).toEqual([]);
    expect(result.members.every((m) => m.group === null)).toBe(true);
    expect(result.cruxes).toEqual([]);
  });

  it('gives the same result whatever order the ratings come in', () => {
    const ratings = [...ratingsOf('a', camp(FOR_FIRST, 6)), ...ratingsOf('b', camp(FOR_SECOND, 7))];
    const once = computeOpinionGroups(ratings, claimIdsOf(10));
    const again = computeOpinionGroups([...ratings].reverse(), claimIdsOf(10));
    expect(again).toEqual(once);
  });
});
