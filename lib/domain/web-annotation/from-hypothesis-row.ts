import type { THypothesisRow } from '@/lib/schemas/web-annotation';
import { inferMotivation, normalizeTags, readTextSelectors } from './from-web-annotation';
import type { TImportedNote } from './types';

// Hypothesis shares an annotation by giving "read" to a group ("group:__world__" is public);
// a private one is readable by its author's account only.
function isPrivate(row: THypothesisRow): boolean {
  const read = row.permissions?.read;
  return read !== undefined && read.length > 0 && read.every((principal) => principal.startsWith('acct:'));
}

/**
 * Reads one row of Hypothesis's search API as a note to import: `text` is the Markdown body,
 * `tags` the tags, the first target's TextQuoteSelector (and TextPositionSelector) the anchor.
 * A row with `references` is a reply to the last of them (its direct parent). Hypothesis has no
 * motivations: text makes a comment, tags alone a tagging, neither a highlight. Positions are
 * taken as code points, as the W3C model defines them (Hypothesis's client in fact counts UTF-16
 * units of the page it ran on; they only hint where to look, the quote decides).
 *
 * @throws WebAnnotationImportError for a non-reply without a TextQuoteSelector (a page note).
 * @example
 * fromHypothesisRow({ id: 'h1', text: 'Really?', tags: [], target: [{ source: 'https://…', selector: [quote] }] }, 1);
 * // { motivation: 'COMMENTING', body: 'Really?', quote: { exact: …, prefix: …, suffix: … }, … }
 */
export function fromHypothesisRow(row: THypothesisRow, index: number): TImportedNote {
  const tags = normalizeTags(row.tags);
  const common = {
    index,
    sourceId: row.id,
    body: row.text,
    tags,
    visibility: isPrivate(row) ? ('PRIVATE' as const) : ('COHORT' as const),
    isWithheld: false,
    created: row.created === undefined ? null : new Date(row.created).toISOString(),
  };
  const parent = row.references?.at(-1);
  if (parent !== undefined) return { ...common, parentSourceId: parent, motivation: 'REPLYING', quote: null, position: null };
  return { ...common, parentSourceId: null, motivation: inferMotivation(row.text, tags), ...readTextSelectors(row.target) };
}
