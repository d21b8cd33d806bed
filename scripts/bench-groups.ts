// npm run bench:groups — computeOpinionGroups (lib/domain/opinion) on synthetic ratings: 500
// members × 60 claims and 2,000 × 200, three latent camps, 70 % of claims rated, seeded so the
// numbers compare across commits. Floor: the bare ml-pca call on the same filled matrix, which
// the computation cannot beat (it also projects, clusters k = 2..5 and scores every claim).
import { PCA } from 'ml-pca';
import { computeOpinionGroups, type TAgreementRating } from '@/lib/domain/opinion';
import { seededRandom } from '@/lib/domain/random/seeded-random';

const RUNS = 3;

function synthetic(members: number, claims: number): { ratings: TAgreementRating[]; claimIds: string[] } {
  const random = seededRandom(members * 1000 + claims);
  const claimIds = Array.from({ length: claims }, (_, j) => `c${j}`);
  const leanings = Array.from({ length: 3 }, () => claimIds.map(() => (random() < 0.5 ? 4.5 : 1.5)));
  const ratings: TAgreementRating[] = [];
  for (let i = 0; i < members; i++) {
    const camp = leanings[i % 3]!;
    claimIds.forEach((claimId, j) => {
      if (random() > 0.7) return;
      const value = Math.min(5, Math.max(1, Math.round(camp[j]! + (random() - 0.5) * 2)));
      ratings.push({ memberId: `m${i}`, claimId, value });
    });
  }
  return { ratings, claimIds };
}

function median(run: () => void): number {
  const times: number[] = [];
  for (let r = 0; r < RUNS; r++) {
    const start = performance.now();
    run();
    times.push(performance.now() - start);
  }
  return times.sort((a, b) => a - b)[Math.floor(RUNS / 2)]!;
}

for (const [members, claims] of [
  [500, 60],
  [2_000, 200],
] as const) {
  const { ratings, claimIds } = synthetic(members, claims);
  let groups = 0;
  const compute = median(() => {
    groups = computeOpinionGroups(ratings, claimIds).groups.length;
  });
  const filled = Array.from({ length: members }, () => new Array<number>(claims).fill(0));
  for (const r of ratings) filled[Number(r.memberId.slice(1))]![Number(r.claimId.slice(1))] = (r.value - 3) / 2;
  const floor = median(() => void new PCA(filled, { method: 'covarianceMatrix' }));
  console.log(
    `${members} members × ${claims} claims (${ratings.length} ratings): computeOpinionGroups ${compute.toFixed(1)} ms, ` +
      `${groups} groups; floor (bare ml-pca) ${floor.toFixed(1)} ms; ratio ${(compute / floor).toFixed(2)}×`,
  );
}
