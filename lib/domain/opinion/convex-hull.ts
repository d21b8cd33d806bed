type TPoint = { x: number; y: number };

/**
 * Convex hull by Andrew's monotone chain, counter-clockwise, without repeated or collinear points.
 * What the opinion map draws around a group.
 * @example convexHull([{x:0,y:0},{x:2,y:0},{x:1,y:1},{x:1,y:3}]) // [{0,0},{2,0},{1,3}]
 */
export function convexHull(points: readonly TPoint[]): TPoint[] {
  const sorted = [...points].sort((a, b) => a.x - b.x || a.y - b.y);
  const unique = sorted.filter((p, i) => i === 0 || p.x !== sorted[i - 1]!.x || p.y !== sorted[i - 1]!.y);
  if (unique.length < 3) return unique;
  const cross = (o: TPoint, a: TPoint, b: TPoint) => (a.x - o.x) * (b.y - o.y) - (a.y - o.y) * (b.x - o.x);
  const chain = (list: TPoint[]): TPoint[] => {
    const out: TPoint[] = [];
    for (const p of list) {
      while (out.length >= 2 && cross(out[out.length - 2]!, out[out.length - 1]!, p) <= 0) out.pop();
      out.push(p);
    }
    out.pop();
    return out;
  };
  return [...chain(unique), ...chain([...unique].reverse())];
}
