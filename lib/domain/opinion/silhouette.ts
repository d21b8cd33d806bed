/**
 * Mean silhouette of a clustering of 2-D points (Rousseeuw 1987; Pol.is clusters.clj
 * `silhouette` does the same over its base clusters): for each point, a = mean distance to the
 * others in its cluster, b = smallest mean distance to another cluster, s = (b − a) / max(a, b),
 * and s = 0 for a point alone in its cluster. −1..1; higher is a cleaner grouping.
 * O(n²) distances: 2,000 members are 4 million, a few milliseconds.
 * @example silhouette([{x:0,y:0},{x:0,y:1},{x:10,y:0},{x:10,y:1}], [0,0,1,1]) // ≈ 0.9
 */
export function silhouette(points: readonly { x: number; y: number }[], labels: readonly number[], k: number): number {
  const n = points.length;
  if (n < 2 || k < 2) return 0;
  const sizes = new Array<number>(k).fill(0);
  for (const label of labels) sizes[label]!++;
  const sums = new Float64Array(k);
  let total = 0;
  for (let i = 0; i < n; i++) {
    sums.fill(0);
    const p = points[i]!;
    for (let j = 0; j < n; j++) {
      if (j === i) continue;
      const q = points[j]!;
      sums[labels[j]!]! += Math.hypot(p.x - q.x, p.y - q.y);
    }
    const own = labels[i]!;
    if (sizes[own]! <= 1) continue;
    const a = sums[own]! / (sizes[own]! - 1);
    let b = Infinity;
    for (let c = 0; c < k; c++) if (c !== own && sizes[c]! > 0) b = Math.min(b, sums[c]! / sizes[c]!);
    const spread = Math.max(a, b);
    total += spread === 0 || !Number.isFinite(b) ? 0 : (b - a) / spread;
  }
  return total / n;
}
