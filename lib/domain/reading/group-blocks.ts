import type { TEssayLayout, TFootnoteRef, TInlineMark } from '@/lib/domain/essay/types';
import { groupParagraphs } from './group-paragraphs';

type TSpan = { start: number; end: number };

/** What the reader draws for a run of lines: a paragraph, one list, or one quotation. */
export type TBlockGroup<T extends TSpan> =
  | { kind: 'paragraph'; claims: T[] }
  | { kind: 'list'; ordered: boolean; items: { number: number; depth: number; claims: T[] }[] }
  | { kind: 'quote'; paragraphs: T[][] };

/**
 * A section's claims as the blocks of its source: paragraphs as `groupParagraphs` cuts them
 * (one per line of the text), and consecutive lines of one list or one quotation gathered into
 * it. Without a layout every line is a paragraph.
 * @example groupBlocks('A.\nB.', [a, b], { blocks: [{ kind: 'list-item', start: 0, end: 2, group: 0, ordered: false, number: 1, depth: 0 }, …] })
 *   // [{ kind: 'list', ordered: false, items: [{ number: 1, depth: 0, claims: [a] }, …] }]
 */
export function groupBlocks<T extends TSpan>(text: string, claims: readonly T[], layout: TEssayLayout | null): TBlockGroup<T>[] {
  const lineOf = new Map((layout?.blocks ?? []).map((block) => [block.start, block]));
  const groups: TBlockGroup<T>[] = [];
  let lastGroup: number | undefined;
  for (const paragraph of groupParagraphs(text, claims)) {
    const lineStart = text.lastIndexOf('\n', paragraph[0]!.start - 1) + 1;
    const block = lineOf.get(lineStart);
    const previous = groups.at(-1);
    const isSameGroup = block?.group !== undefined && block.group === lastGroup;
    lastGroup = block?.group;
    if (block?.kind === 'list-item') {
      const item = { number: block.number ?? 1, depth: block.depth ?? 0, claims: paragraph };
      if (isSameGroup && previous?.kind === 'list') previous.items.push(item);
      else groups.push({ kind: 'list', ordered: block.ordered === true, items: [item] });
    } else if (block?.kind === 'quote') {
      if (isSameGroup && previous?.kind === 'quote') previous.paragraphs.push(paragraph);
      else groups.push({ kind: 'quote', paragraphs: [paragraph] });
    } else {
      groups.push({ kind: 'paragraph', claims: paragraph });
    }
  }
  return groups;
}

/**
 * Which claim each footnote reference follows: the last claim that starts before the reference,
 * so the marker is drawn after that claim's text (never inside it: a claim holds only its words).
 */
export function footnoteRefsByClaim<T extends TSpan & { id: string }>(
  claims: readonly T[],
  refs: readonly TFootnoteRef[],
): Map<string, TFootnoteRef[]> {
  const byClaim = new Map<string, TFootnoteRef[]>();
  for (const ref of refs) {
    const claim = claims.findLast((c) => c.start < ref.at) ?? claims[0];
    if (claim) byClaim.set(claim.id, [...(byClaim.get(claim.id) ?? []), ref]);
  }
  return byClaim;
}

/** The marks over `[start, end)`, cut to it. */
export function marksWithin(marks: readonly TInlineMark[], start: number, end: number): TInlineMark[] {
  return marks
    .filter((m) => m.start < end && m.end > start)
    .map((m) => ({ ...m, start: Math.max(m.start, start), end: Math.min(m.end, end) }));
}
