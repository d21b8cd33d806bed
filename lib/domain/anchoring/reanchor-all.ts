import { anchorStored, readSelectors } from './anchor';
import { indexText } from './text-index';
import type { TAnchorResult, TSelectorPair } from './types';

export type TReanchorInput = { id: string; selectors: TSelectorPair };
export type TReanchored = TAnchorResult & { id: string };

const ORPHANED: TAnchorResult = { status: 'ORPHANED', start: null, end: null };

/**
 * Re-anchors every annotation of an essay in a new revision's canonical text, in input order;
 * same rules as `anchorSelectors`. Work shared across annotations is done once: one index of the
 * text memoises exact occurrences and approximate searches, and identical selectors (many readers
 * highlighting the same phrase) are anchored once. Never throws; a bad row comes back ORPHANED.
 *
 * @example
 * reanchorAll(newText, rows.map((r) => ({ id: r.id, selectors: r.selectors })));
 * // [{ id: 'a1', status: 'ANCHORED', start: 120, end: 164 }, …]
 */
export function reanchorAll(newText: string, annotations: readonly TReanchorInput[]): TReanchored[] {
  const index = indexText(typeof newText === 'string' ? newText : '');
  const seen = new Map<string, TAnchorResult>();
  return annotations.map((annotation) => {
    const id = annotation?.id;
    try {
      const stored = readSelectors(annotation.selectors);
      if (stored === null) return { id, ...ORPHANED };
      const key = [stored.start, stored.end, stored.exact, stored.prefix, stored.suffix].join('\u0000');
      let result = seen.get(key);
      if (result === undefined) {
        result = anchorStored(index, stored);
        seen.set(key, result);
      }
      return { id, ...result };
    } catch {
      // Same contract as anchorSelectors: one odd row must not block publishing a revision.
      return { id, ...ORPHANED };
    }
  });
}
