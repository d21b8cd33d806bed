import type { TAnnotationView, TRootMotivation } from '@/lib/schemas/annotation';

export const MOTIVATION_LABELS: Record<TAnnotationView['motivation'], string> = {
  COMMENTING: 'Comment',
  QUESTIONING: 'Question',
  HIGHLIGHTING: 'Highlight',
  TAGGING: 'Tag',
  REPLYING: 'Reply',
};

export const ROOT_MOTIVATION_OPTIONS: readonly TRootMotivation[] = ['COMMENTING', 'QUESTIONING', 'HIGHLIGHTING', 'TAGGING'];

// Fixed locale and time zone: the server's render and the browser's must print the same text.
const DATE = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit', timeZone: 'UTC' });
export function formatWhen(iso: string): string {
  return `${DATE.format(new Date(iso))} UTC`;
}

export function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** The start of a long quote, cut at a word where possible. */
export function excerpt(text: string, max = 140): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).trimEnd()}…`;
}
