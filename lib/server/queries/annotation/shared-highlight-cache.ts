import 'server-only';
import type { TDepthRun } from '@/lib/domain/reading/add-own-highlights';

/**
 * In-process memory of each essay's SHARED highlight runs (the notes every reader may read), so a
 * page view does not rescan every note. The key is read from the database on each request — the
 * current revision (re-anchoring moves notes without writing an event) and the newest EssayEvent
 * id (every note write appends one in its own transaction) — so a stale entry is simply never
 * matched, and several app instances stay correct without talking to each other.
 * Bounded: least recently used essays are dropped beyond MAX_CELLS numbers (3 per run, 4 MB).
 */
const MAX_CELLS = 1_000_000;

type TEntry = { key: string; cells: Int32Array };
const entries = new Map<string, TEntry>();
let totalCells = 0;

export function sharedHighlightKey(revisionId: string | null, latestEventId: bigint): string {
  return `${revisionId ?? ''}:${latestEventId}`;
}

export function readSharedHighlights(essayId: string, key: string): TDepthRun[] | null {
  const entry = entries.get(essayId);
  if (!entry || entry.key !== key) return null;
  entries.delete(essayId);
  entries.set(essayId, entry); // most recently used last
  const runs: TDepthRun[] = [];
  for (let i = 0; i < entry.cells.length; i += 3)
    runs.push({ start: entry.cells[i]!, end: entry.cells[i + 1]!, density: entry.cells[i + 2]! });
  return runs;
}

export function keepSharedHighlights(essayId: string, key: string, runs: readonly TDepthRun[]): void {
  const cells = Int32Array.from(runs.flatMap((run) => [run.start, run.end, run.density]));
  if (cells.length > MAX_CELLS) return;
  forget(essayId);
  entries.set(essayId, { key, cells });
  totalCells += cells.length;
  for (const [oldest] of entries) {
    if (totalCells <= MAX_CELLS) break;
    forget(oldest);
  }
}

function forget(essayId: string): void {
  const entry = entries.get(essayId);
  if (!entry) return;
  totalCells -= entry.cells.length;
  entries.delete(essayId);
}
