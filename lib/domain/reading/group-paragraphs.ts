/**
 * Splits a section's claims into paragraphs the way the revision text breaks them: a new
 * paragraph starts wherever the text between two consecutive claims holds a line break.
 * @example groupParagraphs("A. B.\nC.", [{start:0,end:2},{start:3,end:5},{start:6,end:8}]) // [[A,B],[C]]
 */
export function groupParagraphs<T extends { start: number; end: number }>(text: string, claims: readonly T[]): T[][] {
  const paragraphs: T[][] = [];
  let current: T[] = [];
  let previous: T | undefined;
  for (const claim of claims) {
    if (previous && text.slice(previous.end, claim.start).includes('\n')) {
      paragraphs.push(current);
      current = [];
    }
    current.push(claim);
    previous = claim;
  }
  if (current.length > 0) paragraphs.push(current);
  return paragraphs;
}
