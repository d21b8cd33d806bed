import type { TAnnotationView } from '@/lib/schemas/annotation';
import type { THighlightRange } from '@/lib/schemas/thread';
import { MAX_HIGHLIGHT_DENSITY } from '@/lib/schemas/thread-limits';

/** How a note reached the reader: a stream event, or the reader's own write (`local`). */
export type TChangeType = 'created' | 'updated' | 'deleted' | 'local';

/** What one note changed since the page was rendered: +1 when it appeared, −1 when it went. */
export type TNoteDelta = { range: { start: number; end: number } | null; claimIds: readonly string[]; delta: 1 | -1 };
/** By note id, so an event that arrives twice (our own write, then its echo) counts once. */
export type TLiveDeltas = ReadonlyMap<string, TNoteDelta>;

/** A live root with a place in the current revision: what the essay draws. */
function placeOf(note: TAnnotationView): { start: number; end: number } | null {
  if (note.parentId !== null || note.anchorStatus === 'ORPHANED' || note.start === null || note.end === null) return null;
  return { start: note.start, end: note.end };
}

/**
 * Our own writes come back without an event type: a deleted note was deleted, a note never edited
 * was just created, anything else was edited.
 */
export function resolveChangeType(type: TChangeType, note: TAnnotationView): Exclude<TChangeType, 'local'> {
  if (type !== 'local') return type;
  if (note.isDeleted) return 'deleted';
  return note.editedAt === null ? 'created' : 'updated';
}

/**
 * Records a live change against the server's picture (highlight ranges and claim badges).
 * Creating adds the note once; deleting takes back what we added, or subtracts a note the server
 * had counted. Edits move nothing.
 * @example recordChange(new Map(), 'created', note) // Map { note.id => { range, claimIds, delta: 1 } }
 */
export function recordChange(deltas: TLiveDeltas, type: TChangeType, note: TAnnotationView): TLiveDeltas {
  const kind = resolveChangeType(type, note);
  const current = deltas.get(note.id);
  if (kind === 'created' && !note.isDeleted && current === undefined) {
    return new Map(deltas).set(note.id, { range: placeOf(note), claimIds: note.claimIds, delta: 1 });
  }
  if (kind === 'deleted' && current?.delta !== -1) {
    // Added live and deleted again nets to nothing, yet stays recorded so that an echo of either
    // event finds it and counts nothing.
    const gone: TNoteDelta = current
      ? { range: null, claimIds: [], delta: -1 }
      : { range: placeOf(note), claimIds: note.claimIds, delta: -1 };
    return new Map(deltas).set(note.id, gone);
  }
  return deltas;
}

/** Notes added (or removed) per claim since the page was rendered, to move the server's badge counts. */
export function claimCountDeltas(deltas: TLiveDeltas): Map<string, number> {
  const counts = new Map<string, number>();
  for (const { claimIds, delta } of deltas.values()) for (const id of claimIds) counts.set(id, (counts.get(id) ?? 0) + delta);
  return counts;
}

/**
 * The ranges to draw: the server's merged ranges with the live changes laid over them, merged again.
 * The server caps density at MAX_HIGHLIGHT_DENSITY, so a deletion under a capped run may draw one
 * step lighter than the truth until the next page load; a run never goes below zero.
 * @example drawnRanges([{start: 0, end: 10, density: 1}], new Map([['n', {range: {start: 5, end: 15}, claimIds: [], delta: 1}]]))
 *   // [{start: 0, end: 5, density: 1}, {start: 5, end: 10, density: 2}, {start: 10, end: 15, density: 1}]
 */
export function drawnRanges(server: readonly THighlightRange[], deltas: TLiveDeltas): THighlightRange[] {
  const steps = new Map<number, number>();
  const step = (at: number, by: number) => steps.set(at, (steps.get(at) ?? 0) + by);
  for (const r of server) {
    if (r.end <= r.start) continue;
    step(r.start, r.density);
    step(r.end, -r.density);
  }
  for (const { range, delta } of deltas.values()) {
    if (!range || range.end <= range.start) continue;
    step(range.start, delta);
    step(range.end, -delta);
  }
  const points = [...steps.keys()].sort((a, b) => a - b);
  const out: THighlightRange[] = [];
  let level = 0;
  for (let i = 0; i + 1 < points.length; i++) {
    level += steps.get(points[i]!)!;
    const density = Math.min(Math.max(level, 0), MAX_HIGHLIGHT_DENSITY);
    if (density === 0) continue;
    const start = points[i]!;
    const end = points[i + 1]!;
    const last = out.at(-1);
    if (last && last.end === start && last.density === density) last.end = end;
    else out.push({ start, end, density });
  }
  return out;
}
