import { diffWords } from 'diff';

export type TDiffPart = { kind: 'same' | 'added' | 'removed'; text: string };

/**
 * A word-level diff of a claim's old and new wording (jsdiff's diffWords), as plain parts for
 * rendering with <del>/<ins>.
 * @example diffClaim('War is bad.', 'War is terrible.') // same 'War is ', removed 'bad', added 'terrible', same '.'
 */
export function diffClaim(before: string, after: string): TDiffPart[] {
  return diffWords(before, after).map((part) => ({ kind: part.added ? 'added' : part.removed ? 'removed' : 'same', text: part.value }));
}
