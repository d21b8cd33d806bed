import { PCA } from 'ml-pca';

/**
 * The first two principal components of the vote matrix and each member's position along them.
 * Following Pol.is (math/src/polismath/math/conversation.clj `:mat`, pca.clj
 * `sparsity-aware-project-ptpt`):
 * - a missing vote is filled with its claim's mean vote, so after centring it weighs nothing;
 * - the components come from the filled, centred matrix (ml-pca, covariance method);
 * - a member is projected from the votes they gave only, and the result is scaled by
 *   sqrt(claims / rated): without it a member who rated few claims is pulled towards the centre
 *   just for being quiet, and would look like a moderate.
 * Signs of components are arbitrary; we make each one's largest loading positive so the same
 * ratings always draw the same picture.
 */
export function projectMembers(votes: readonly (readonly (number | null)[])[], claimCount: number): { x: number; y: number }[] {
  const n = votes.length;
  if (n === 0) return [];
  const means = columnMeans(votes, claimCount);
  const [pc1, pc2] = principalComponents(votes, means, claimCount);
  return votes.map((row) => {
    let rated = 0;
    let p1 = 0;
    let p2 = 0;
    for (let j = 0; j < claimCount; j++) {
      const vote = row[j];
      if (vote === null || vote === undefined) continue;
      const centred = vote - means[j]!;
      rated++;
      p1 += centred * pc1[j]!;
      p2 += centred * pc2[j]!;
    }
    const scale = Math.sqrt(claimCount / Math.max(rated, 1));
    return { x: p1 * scale, y: p2 * scale };
  });
}

/** Mean of each column's given votes (0 for a claim nobody in the matrix rated). */
export function columnMeans(votes: readonly (readonly (number | null)[])[], claimCount: number): number[] {
  const sums = new Array<number>(claimCount).fill(0);
  const counts = new Array<number>(claimCount).fill(0);
  for (const row of votes) {
    for (let j = 0; j < claimCount; j++) {
      const vote = row[j];
      if (vote === null || vote === undefined) continue;
      sums[j]! += vote;
      counts[j]!++;
    }
  }
  return sums.map((sum, j) => (counts[j]! === 0 ? 0 : sum / counts[j]!));
}

function principalComponents(votes: readonly (readonly (number | null)[])[], means: number[], claimCount: number): [number[], number[]] {
  const zero = new Array<number>(claimCount).fill(0);
  // Pol.is's wrapped-pca: one member has no variance to speak of; their own direction is the axis.
  if (votes.length < 2 || claimCount === 0) return [zero, zero];
  const filled = votes.map((row) => means.map((mean, j) => row[j] ?? mean));
  const pca = new PCA(filled, { method: 'covarianceMatrix', center: true, scale: false });
  const vectors = pca.getEigenvectors();
  const take = (k: number): number[] => (k < vectors.columns ? orient(vectors.getColumn(k)) : zero);
  return [take(0), take(1)];
}

function orient(component: number[]): number[] {
  let largest = 0;
  for (const value of component) if (Math.abs(value) > Math.abs(largest) + 1e-12) largest = value;
  return largest < 0 ? component.map((value) => -value) : component;
}
