/** A run of text and how many notes cover it. */
export type TDepthRun = { start: number; end: number; density: number };

/**
 * The drawn highlights: the notes every reader of the essay shares (`shared`: non-overlapping runs
 * ordered by start, with their depth exact or already capped at `cap`) plus the viewer's own
 * private notes (`own`: [start, end) spans), capped at `cap`; touching runs of equal capped density
 * are merged. Capping the shared part first draws the same: min(min(s, cap) + o, cap) =
 * min(s + o, cap) for counts s, o ≥ 0, so a private note over a run of depth cap-1 still shows as
 * cap. That is why the shared part can be kept capped and merged (a handful of runs on a busy
 * essay, where its exact depths change at every note's ends).
 */
export function addOwnHighlights(shared: readonly TDepthRun[], own: readonly [number, number][], cap: number): TDepthRun[] {
  const placed = own.filter(([start, end]) => end > start);
  if (placed.length === 0) return capAndMerge(shared, cap);
  // Each run and each span becomes +depth at its start and -depth at its end; a sweep over the
  // distinct positions gives the depth of every segment between them.
  const delta = new Map<number, number>();
  const add = (pos: number, d: number) => delta.set(pos, (delta.get(pos) ?? 0) + d);
  for (const run of shared) {
    add(run.start, run.density);
    add(run.end, -run.density);
  }
  for (const [start, end] of placed) {
    add(start, 1);
    add(end, -1);
  }
  const positions = [...delta.keys()].sort((a, b) => a - b);
  const segments: TDepthRun[] = [];
  let depth = 0;
  for (let i = 0; i < positions.length - 1; i++) {
    depth += delta.get(positions[i]!)!;
    if (depth > 0) segments.push({ start: positions[i]!, end: positions[i + 1]!, density: depth });
  }
  return capAndMerge(segments, cap);
}

function capAndMerge(runs: readonly TDepthRun[], cap: number): TDepthRun[] {
  const out: TDepthRun[] = [];
  for (const run of runs) {
    const density = Math.min(run.density, cap);
    const last = out[out.length - 1];
    if (last && last.end === run.start && last.density === density) last.end = run.end;
    else out.push({ start: run.start, end: run.end, density });
  }
  return out;
}
