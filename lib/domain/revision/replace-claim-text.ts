/**
 * The essay text with one claim reworded: `[start, end)` replaced by `text`. Line breaks in the
 * new wording are folded into spaces, since a claim never spans a line.
 * @example replaceClaimText('A b. C d.', { start: 5, end: 9 }, 'E f.') // 'A b. E f.'
 */
export function replaceClaimText(essayText: string, span: { start: number; end: number }, text: string): string {
  return essayText.slice(0, span.start) + text.replace(/\s*\n\s*/g, ' ').trim() + essayText.slice(span.end);
}
