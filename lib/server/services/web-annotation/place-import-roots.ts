import 'server-only';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { placeRoot, rootsToPlace, type TImportedNote, type TImportTarget, type TPlace } from '@/lib/domain/web-annotation';
import { AppError } from '@/lib/server/errors';

// Anchoring is the costly part of an import: a quote such as " " occurs thousands of times, and a
// file may hold 5,000 of them with random context. Work is counted by the search index in
// deterministic units (characters scanned, context cells compared — see TTextIndex.work), so the
// bound refuses the same file on a fast machine and a slow one.
/**
 * Work one import may spend on anchoring, about 1–2 s of CPU. Measured: 5,000 ordinary notes use
 * ~1% of it on the demo essay and ~55% on a 200,000-character essay; 5,000 notes quoting " " with
 * random context would need twice of it (~3 s).
 */
export const MAX_IMPORT_WORK = 4_000_000_000;
// Hand the event loop back this often (a few milliseconds of work), so that other requests are
// served while a large import is anchored.
const YIELD_EVERY_WORK = 5_000_000;

/**
 * Anchors an import's roots in `target`, each distinct placement once, yielding to the event loop
 * between slices of work. Refuses (413, nothing written) when the file asks for more anchoring
 * than one request may do, naming how to split it.
 */
export async function placeImportRoots(target: TImportTarget, notes: readonly TImportedNote[]): Promise<Map<string, TPlace>> {
  const places = new Map<string, TPlace>();
  let sinceYield = target.index.work;
  for (const [key, note] of rootsToPlace(notes)) {
    if (note.quote === null) continue;
    places.set(key, placeRoot(target, note.quote, note.position));
    if (target.index.work > MAX_IMPORT_WORK) {
      throw new AppError(
        'PAYLOAD_TOO_LARGE',
        `This file needs more anchoring work than one import may do (it stopped after ${places.size.toLocaleString('en')} of ${notes.length.toLocaleString('en')} annotations): ` +
          'very short or very common quotes are costly. Split it into smaller files, or drop annotations whose quote is only a few characters.',
      );
    }
    if (target.index.work - sinceYield > YIELD_EVERY_WORK) {
      await nextTurn();
      sinceYield = target.index.work;
    }
  }
  return places;
}
