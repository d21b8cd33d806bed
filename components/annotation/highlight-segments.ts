/** A run of a claim's text covered by the same set of annotations (none for plain text). */
export type TSegment = {
  start: number;
  end: number;
  text: string;
  /** Annotation ids covering this run, shortest (topmost) first. */
  ids: string[];
  isPending: boolean;
};

export type TSpan = { id: string; start: number; end: number };

/**
 * Cuts one claim's text at every annotation boundary inside it, so each run can be drawn with
 * the number of annotations over it. Offsets are canonical (the claim's own start is `claim.start`).
 * @example splitClaim({start: 10, end: 20, text: 'abcdefghij'}, [{id: 'a', start: 12, end: 30}], null)
 *   // [{start:10,end:12,text:'ab',ids:[]}, {start:12,end:20,text:'cdefghij',ids:['a']}]
 */
export function splitClaim(
  claim: { start: number; end: number; text: string },
  spans: readonly TSpan[],
  pending: { start: number; end: number } | null,
): TSegment[] {
  const inside = spans.filter((s) => s.start < claim.end && s.end > claim.start);
  const isPendingHere = pending !== null && pending.start < claim.end && pending.end > claim.start;
  const cuts = new Set<number>([claim.start, claim.end]);
  for (const s of [...inside, ...(isPendingHere ? [pending] : [])]) {
    cuts.add(Math.min(Math.max(s.start, claim.start), claim.end));
    cuts.add(Math.min(Math.max(s.end, claim.start), claim.end));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const segments: TSegment[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i]!;
    const end = points[i + 1]!;
    const ids = inside
      .filter((s) => s.start <= start && s.end >= end)
      .sort((a, b) => a.end - a.start - (b.end - b.start))
      .map((s) => s.id);
    segments.push({
      start,
      end,
      text: claim.text.slice(start - claim.start, end - claim.start),
      ids,
      isPending: isPendingHere && pending.start <= start && pending.end >= end,
    });
  }
  return segments;
}
