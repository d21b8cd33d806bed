// Random revisions of a text whose ground truth is known: every edit is a splice, and each quoted
// span is carried through the splices, so after them we know where its words are now (INTACT),
// that they were edited (CHANGED, with the region they became), or that they are gone (GONE).
// A moved sentence carries the spans inside it to its new place.

export type TSplice = { start: number; end: number; insert: string };
export type TTracked = { state: 'INTACT' | 'CHANGED' | 'GONE'; start: number; end: number };

export function splice(text: string, edit: TSplice): string {
  return text.slice(0, edit.start) + edit.insert + text.slice(edit.end);
}

/** Where a tracked span is after `edit`. An insertion at either edge of a span does not touch it. */
export function track(span: TTracked, edit: TSplice): TTracked {
  if (span.state === 'GONE') return span;
  const delta = edit.insert.length - (edit.end - edit.start);
  const isInsertion = edit.start === edit.end;
  if (edit.end < span.start || (edit.end === span.start && (isInsertion || edit.start < edit.end))) {
    return { ...span, start: span.start + delta, end: span.end + delta };
  }
  if (edit.start >= span.end) return span;
  if (edit.start <= span.start && edit.end >= span.end && !isInsertion) return { ...span, state: 'GONE' };
  const start = Math.min(span.start, edit.start);
  const end = span.end > edit.end ? span.end + delta : edit.start + edit.insert.length;
  return { state: 'CHANGED', start, end };
}

/** A sentence cut out and inserted (as `insertedLength` characters) at `to`, an offset of the text before the move. */
export function trackMove(span: TTracked, from: { start: number; end: number }, to: number, insertedLength: number): TTracked {
  const cut: TSplice = { start: from.start, end: from.end, insert: '' };
  const at = to >= from.end ? to - (from.end - from.start) : to;
  const inside = span.state !== 'GONE' && span.start >= from.start && span.end <= from.end;
  if (!inside) return track(track(span, cut), { start: at, end: at, insert: 'x'.repeat(insertedLength) });
  const offset = span.start - from.start;
  return { ...span, start: at + offset, end: at + offset + (span.end - span.start) };
}

export type TSentence = { start: number; end: number };

/** Sentences of a text: from a non-space to the end mark, within a line (plus closing quotes). */
export function sentencesOf(text: string): TSentence[] {
  return [...text.matchAll(/[^\s][^.!?\n]*[.!?]+["”’)]*/g)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
}

export function wordsOf(text: string, within: TSentence = { start: 0, end: text.length }): TSentence[] {
  return [...text.slice(within.start, within.end).matchAll(/[\p{L}\p{N}’'-]+/gu)].map((m) => ({
    start: within.start + m.index,
    end: within.start + m.index + m[0].length,
  }));
}
