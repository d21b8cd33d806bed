import { kmeans } from 'ml-kmeans';
import { silhouette } from './silhouette';

/** No group smaller than this is ever formed or shown: a group of two would all but name its members. */
export const MIN_GROUP_SIZE = 3;
export const MAX_GROUPS = 5;
// ml-kmeans' k-means++ start is random; fixed seeds make the same ratings give the same groups.
const SEEDS = [1, 2, 3, 4, 5];

/**
 * Pol.is's `max-k-fn` (conversation.clj): at most 5 groups, and no more than 2 + n/12, so a small
 * reading is not carved into many tiny groups.
 */
export function maxGroupsFor(memberCount: number): number {
  return Math.min(MAX_GROUPS, 2 + Math.floor(memberCount / 12));
}

export type TClustering = { labels: number[]; k: number; silhouette: number };

/**
 * Groups the projected members with k-means for k = 2..maxGroupsFor(n) and keeps the k with the
 * best silhouette (Pol.is conversation.clj `group-clusterings-silhouettes`). Pol.is first folds
 * members into ~100 base clusters; at our sizes (a cohort, not a city) we cluster members directly.
 * A clustering with a group smaller than MIN_GROUP_SIZE is not a candidate: rather than merge or
 * hide the few (which would change what the silhouette judged, or leave members off the map), a
 * grouping is shown only if every one of its groups may be. Null when no k qualifies.
 * Labels are renumbered by size, largest first (ties by centroid x), so "A" is the largest group.
 */
export function clusterMembers(points: readonly { x: number; y: number }[]): TClustering | null {
  const n = points.length;
  if (n < 2 * MIN_GROUP_SIZE) return null;
  const data = points.map((p) => [p.x, p.y]);
  let best: TClustering | null = null;
  for (let k = 2; k <= maxGroupsFor(n); k++) {
    const labels = bestOfSeeds(data, k);
    const sizes = countSizes(labels, k);
    if (sizes.some((size) => size < MIN_GROUP_SIZE)) continue;
    const score = silhouette(points, labels, k);
    if (best === null || score > best.silhouette + 1e-9) best = { labels, k, silhouette: score };
  }
  return best === null ? null : { ...best, labels: relabelBySize(best.labels, best.k, points) };
}

function bestOfSeeds(data: number[][], k: number): number[] {
  let bestLabels: number[] = [];
  let bestError = Infinity;
  for (const seed of SEEDS) {
    const result = kmeans(data, k, { seed, initialization: 'kmeans++', maxIterations: 100 });
    const error = result.computeInformation(data).reduce((sum, c) => sum + Math.max(c.error, 0) * c.size, 0);
    if (error < bestError - 1e-12) {
      bestError = error;
      bestLabels = result.clusters;
    }
  }
  return bestLabels;
}

function countSizes(labels: readonly number[], k: number): number[] {
  const sizes = new Array<number>(k).fill(0);
  for (const label of labels) sizes[label]!++;
  return sizes;
}

function relabelBySize(labels: readonly number[], k: number, points: readonly { x: number; y: number }[]): number[] {
  const sizes = countSizes(labels, k);
  const xs = new Array<number>(k).fill(0);
  labels.forEach((label, i) => (xs[label]! += points[i]!.x));
  const order = [...Array(k).keys()].sort((a, b) => sizes[b]! - sizes[a]! || xs[a]! / sizes[a]! - xs[b]! / sizes[b]!);
  const newLabel = new Array<number>(k);
  order.forEach((old, index) => (newLabel[old] = index));
  return labels.map((label) => newLabel[label]!);
}
