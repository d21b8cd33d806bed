import type { TEssayLayout, TInlineMark, TLayoutBlock } from './types';

/**
 * The layout of a revised text, carried from the revision before: an edit (one claim reworded, as
 * the author's desk makes them) changes one stretch of the text, so everything before it keeps its
 * offsets and everything after it moves by the change in length. Lines keep their kind (list item,
 * quotation…) when the text has the same number of lines, else where a line still starts at a
 * carried offset; marks cut by the edit are dropped, marks around it stretch; a footnote reference
 * inside the edited stretch moves to its end. Footnotes themselves do not change.
 *
 * @example carryLayout('A b.\nC.', 'A bb.\nC.', layout) // line 2 keeps its kind, now at offset 6
 */
export function carryLayout(oldText: string, newText: string, layout: TEssayLayout | null): TEssayLayout | null {
  if (layout === null) return null;
  const shortest = Math.min(oldText.length, newText.length);
  let prefix = 0;
  while (prefix < shortest && oldText[prefix] === newText[prefix]) prefix += 1;
  let suffix = 0;
  while (suffix < shortest - prefix && oldText[oldText.length - 1 - suffix] === newText[newText.length - 1 - suffix]) suffix += 1;
  const oldChangeEnd = oldText.length - suffix;
  const delta = newText.length - oldText.length;
  const carry = (offset: number): number | null => (offset <= prefix ? offset : offset >= oldChangeEnd ? offset + delta : null);

  const oldLines = lineSpans(oldText);
  const newLines = lineSpans(newText);
  const blockAt = new Map(layout.blocks.map((b) => [b.start, b]));
  const carriedStart = new Map(layout.blocks.flatMap((b) => (carry(b.start) === null ? [] : [[carry(b.start)!, b] as const])));
  const blocks: TLayoutBlock[] = newLines.map((line, index) => {
    const old = oldLines.length === newLines.length ? blockAt.get(oldLines[index]!.start) : carriedStart.get(line.start);
    return { ...(old ?? { kind: 'paragraph' as const }), start: line.start, end: line.end };
  });

  const marks: TInlineMark[] = layout.marks.flatMap((mark) => {
    const start = carry(mark.start);
    const end = carry(mark.end);
    return start === null || end === null || end <= start ? [] : [{ ...mark, start, end }];
  });
  const footnoteRefs = layout.footnoteRefs.map((ref) => ({ ...ref, at: carry(ref.at) ?? oldChangeEnd + delta }));
  return { blocks, marks, footnoteRefs, footnotes: layout.footnotes };
}

function lineSpans(text: string): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  let start = 0;
  for (const line of text.split('\n')) {
    spans.push({ start, end: start + line.length });
    start += line.length + 1;
  }
  return spans;
}
