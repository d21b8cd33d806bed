import type { TInlineMark } from '@/lib/domain/essay/types';
import type { THighlightRange } from '@/lib/schemas/thread';

/** A run of a claim's text drawn one way: its highlight density (0 for plain text), pending or not. */
export type TSegment = {
  start: number;
  end: number;
  text: string;
  /** How many notes lie over this run, capped (see MAX_HIGHLIGHT_DENSITY); 0 for plain text. */
  density: number;
  isPending: boolean;
  /** Formatting of a Markdown source over this run (links, emphasis), when there is any. */
  marks?: TInlineMark[];
};

/**
 * Cuts one claim's text at every range boundary inside it, so each run can be drawn with the
 * density over it (and, for a Markdown source, at every link or emphasis boundary too). `ranges` are disjoint and sorted (as `drawnRanges` makes them); offsets are
 * canonical (the claim's own start is `claim.start`).
 * @example splitClaim({start: 10, end: 20, text: 'abcdefghij'}, [{start: 12, end: 30, density: 2}], null)
 *   // [{start:10,end:12,text:'ab',density:0,…}, {start:12,end:20,text:'cdefghij',density:2,…}]
 */
export function splitClaim(
  claim: { start: number; end: number; text: string },
  ranges: readonly THighlightRange[],
  pending: { start: number; end: number } | null,
  marks: readonly TInlineMark[] = [],
): TSegment[] {
  const inside = ranges.slice(firstEndingAfter(ranges, claim.start)).filter((r) => r.start < claim.end && r.end > claim.start);
  const isPendingHere = pending !== null && pending.start < claim.end && pending.end > claim.start;
  const cuts = new Set<number>([claim.start, claim.end]);
  const formatted = marks.filter((m) => m.start < claim.end && m.end > claim.start);
  for (const r of [...inside, ...(isPendingHere ? [pending] : []), ...formatted]) {
    cuts.add(Math.min(Math.max(r.start, claim.start), claim.end));
    cuts.add(Math.min(Math.max(r.end, claim.start), claim.end));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const segments: TSegment[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i]!;
    const end = points[i + 1]!;
    segments.push({
      start,
      end,
      text: claim.text.slice(start - claim.start, end - claim.start),
      density: inside.find((r) => r.start <= start && r.end >= end)?.density ?? 0,
      isPending: isPendingHere && pending.start <= start && pending.end >= end,
      ...(formatted.length > 0 ? { marks: formatted.filter((m) => m.start <= start && m.end >= end) } : {}),
    });
  }
  return segments;
}

/** Index of the first range ending after `offset` (binary search: an essay may have thousands of runs). */
function firstEndingAfter(ranges: readonly THighlightRange[], offset: number): number {
  let lo = 0;
  let hi = ranges.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ranges[mid]!.end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
