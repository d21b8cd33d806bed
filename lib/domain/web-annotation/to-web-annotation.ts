import { utf16ToCodePoints } from './code-points';
import type { TExportNote, TW3cAnnotation, TW3cTextTarget, TW3cTextualBody } from './types';
import { W3C_MOTIVATION, type TIris } from './vocabulary';

// The purpose of a note's own words: what the note does with them. A highlight or tag that also
// has words comments with them.
const TEXT_PURPOSE = {
  COMMENTING: 'commenting',
  QUESTIONING: 'questioning',
  REPLYING: 'replying',
  HIGHLIGHTING: 'commenting',
  TAGGING: 'commenting',
} as const;

function bodiesOf(note: TExportNote): TW3cTextualBody[] {
  if (note.withheld) return [];
  const bodies: TW3cTextualBody[] = [];
  if (note.body !== '')
    bodies.push({ type: 'TextualBody', value: note.body, format: 'text/markdown', purpose: TEXT_PURPOSE[note.motivation] });
  for (const tag of note.tags) bodies.push({ type: 'TextualBody', value: tag, purpose: 'tagging' });
  return bodies;
}

function targetOf(note: TExportNote, iris: TIris): TW3cTextTarget | string {
  if (note.parentId !== null) return iris.annotation(note.parentId);
  const { selectors, source } = note;
  // Every root has a quote (the database stores it on create); defensively, a root without one
  // targets the essay as a whole rather than inventing a selection.
  if (!selectors) return iris.essay;
  const quote = { type: 'TextQuoteSelector' as const, ...selectors.quote };
  if (!source || !selectors.position) return { type: 'SpecificResource', source: iris.essay, selector: [quote] };
  const start = utf16ToCodePoints(source.text, selectors.position.start);
  const end = utf16ToCodePoints(source.text, selectors.position.end);
  return {
    type: 'SpecificResource',
    source: iris.revision(source.number),
    selector: [quote, { type: 'TextPositionSelector', start, end }],
  };
}

/**
 * One Counterpoint note as a W3C Annotation (https://www.w3.org/TR/annotation-model/). The note's
 * Markdown and each tag are TextualBodies; a root targets the revision its selectors describe,
 * with positions converted from UTF-16 to code points (§4.2.5); a reply targets its parent's IRI
 * with motivation "replying". Counterpoint's own fields go under `cp:`. A deleted or hidden note
 * (kept only because it has replies) has no body, no tags and `cp:withheld`; orphans whose
 * selectors match no revision target the essay with their quote only.
 *
 * @example
 * toWebAnnotation(note, irisFor('https://cp.example', 'alliances'));
 * // { id: 'https://cp.example/essays/alliances#annotation-ck1', type: 'Annotation', motivation: 'commenting', … }
 */
export function toWebAnnotation(note: TExportNote, iris: TIris): TW3cAnnotation {
  const bodies = bodiesOf(note);
  const isRoot = note.parentId === null;
  return {
    id: iris.annotation(note.id),
    type: 'Annotation',
    motivation: W3C_MOTIVATION[note.motivation],
    creator: { id: iris.user(note.author.id), type: 'Person', name: note.author.name },
    created: note.createdAt.toISOString(),
    modified: (note.editedAt ?? note.createdAt).toISOString(),
    ...(bodies.length > 0 ? { body: bodies } : {}),
    target: targetOf(note, iris),
    ...(isRoot
      ? { 'cp:anchorStatus': note.anchorStatus.toLowerCase() as 'anchored' | 'fuzzy' | 'orphaned', 'cp:claims': note.claimIds }
      : {}),
    'cp:visibility': note.visibility === 'PRIVATE' ? 'private' : 'cohort',
    ...(note.withheld ? { 'cp:withheld': note.withheld } : {}),
  };
}
