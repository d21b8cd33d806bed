import 'server-only';
import type { TDepthRun } from '@/lib/domain/reading/add-own-highlights';
import { essayScanMemory } from '@/lib/server/queries/annotation/essay-scan-memory';

// Each essay's SHARED highlight runs (COHORT notes, depth capped), packed 3 numbers a run;
// at most 1,000,000 numbers (4 MB) over all essays.
const memory = essayScanMemory<Int32Array>(1_000_000, (cells) => cells.length);

export function readSharedHighlights(essayId: string, key: string): TDepthRun[] | null {
  const cells = memory.get(essayId, key);
  if (!cells) return null;
  const runs: TDepthRun[] = [];
  for (let i = 0; i < cells.length; i += 3) runs.push({ start: cells[i]!, end: cells[i + 1]!, density: cells[i + 2]! });
  return runs;
}

export function keepSharedHighlights(essayId: string, key: string, runs: readonly TDepthRun[]): void {
  memory.set(essayId, key, Int32Array.from(runs.flatMap((run) => [run.start, run.end, run.density])));
}
