import type { TParsedSection } from './types';

const MAX_TITLE_WORDS = 14;
const FALLBACK_TITLE_WORDS = 10;

const countWords = (text: string): number => text.split(/\s+/).filter(Boolean).length;

/**
 * A working title in the essay's own words, for files that name none. Prefers the lead's first
 * sentence when it is short (≤ 14 words), without its final full stop; then the first heading;
 * then the first ten words of the first claim, marked with "…" when cut. Never invents words.
 *
 * @example suggestTitle(sections) // 'The world has never seen so many alliances yet so little global peace'
 */
export function suggestTitle(sections: TParsedSection[]): string | null {
  const lead = sections[0]?.title === null ? sections[0] : undefined;
  const opening = lead?.claims[0]?.text;
  if (opening !== undefined && countWords(opening) <= MAX_TITLE_WORDS) return opening.replace(/\.$/, '');

  const firstHeading = sections.find((section) => section.title !== null)?.title;
  if (firstHeading) return firstHeading;

  const firstClaim = sections.flatMap((section) => section.claims)[0]?.text;
  if (firstClaim === undefined) return null;
  const words = firstClaim.split(/\s+/);
  return words.length <= FALLBACK_TITLE_WORDS ? firstClaim.replace(/\.$/, '') : `${words.slice(0, FALLBACK_TITLE_WORDS).join(' ')}…`;
}
