import type { TSelectorIn, TTextPositionSelectorIn, TTextQuoteSelectorIn, TW3cAnnotationIn } from '@/lib/schemas/web-annotation';
import type { TImportedNote } from './types';
import { motivationFromW3c, type TMotivation } from './vocabulary';

/** Why an annotation in a file cannot be imported; the message is written for the person importing. */
export class WebAnnotationImportError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'WebAnnotationImportError';
  }
}

// Stored context is capped like a new note's (lib/schemas/annotation.ts), on whole characters.
const MAX_CONTEXT = 200;

function keepWholeCharacters(slice: string): string {
  let result = slice;
  if (/^[\udc00-\udfff]/.test(result)) result = result.slice(1);
  if (/[\ud800-\udbff]$/.test(result)) result = result.slice(0, -1);
  return result;
}

/** A quote as stored: prefix and suffix cut to the 200 characters nearest the quote. */
export function normalizeQuote(selector: TTextQuoteSelectorIn): { exact: string; prefix: string; suffix: string } {
  const prefix = selector.prefix ?? '';
  const suffix = selector.suffix ?? '';
  return {
    exact: selector.exact,
    prefix: prefix.length > MAX_CONTEXT ? keepWholeCharacters(prefix.slice(-MAX_CONTEXT)) : prefix,
    suffix: suffix.length > MAX_CONTEXT ? keepWholeCharacters(suffix.slice(0, MAX_CONTEXT)) : suffix,
  };
}

/**
 * The quote (and position, when the same target has one) that Counterpoint anchors by, from the
 * first target that has a TextQuoteSelector. Other selectors (Range, XPath, Fragment…) describe a
 * web page's DOM and are ignored.
 *
 * @throws WebAnnotationImportError when no target has a TextQuoteSelector.
 */
export function readTextSelectors(
  targets: readonly { selector?: TSelectorIn | TSelectorIn[] | undefined }[],
): Pick<TImportedNote, 'quote' | 'position'> {
  const others = new Set<string>();
  for (const target of targets) {
    const selectors = target.selector === undefined ? [] : [target.selector].flat();
    const quote = selectors.find((s): s is TTextQuoteSelectorIn => s.type === 'TextQuoteSelector');
    if (!quote) {
      for (const s of selectors) others.add(s.type === 'Other' ? s.name : s.type);
      continue;
    }
    const position = selectors.find((s): s is TTextPositionSelectorIn => s.type === 'TextPositionSelector');
    return {
      quote: normalizeQuote(quote),
      position: position && position.end > position.start ? { start: position.start, end: position.end } : null,
    };
  }
  if (others.size > 0) {
    throw new WebAnnotationImportError(
      `it has no TextQuoteSelector, only ${[...others].join(', ')}: Counterpoint anchors notes by the text they quote.`,
    );
  }
  throw new WebAnnotationImportError('it targets a whole document, not a passage: it needs a TextQuoteSelector.');
}

/** Tags as stored: trimmed, without empties or repeats. */
export function normalizeTags(tags: readonly string[]): string[] {
  return [...new Set(tags.map((tag) => tag.trim()).filter((tag) => tag !== ''))];
}

/** With no usable motivation: words make a comment, tags alone a tagging, nothing a highlight. */
export function inferMotivation(body: string, tags: readonly string[]): TMotivation {
  if (body.trim() !== '') return 'COMMENTING';
  return tags.length > 0 ? 'TAGGING' : 'HIGHLIGHTING';
}

function readBodies(annotation: TW3cAnnotationIn): { body: string; tags: string[] } {
  const texts: string[] = annotation.bodyValue === undefined ? [] : [annotation.bodyValue];
  const tags: string[] = [];
  for (const body of annotation.body === undefined ? [] : [annotation.body].flat()) {
    if (body.kind === 'resource') {
      throw new WebAnnotationImportError(
        `its body “${body.name}” is not text: Counterpoint imports TextualBody and bodyValue bodies only.`,
      );
    }
    if (body.purposes.some((purpose) => motivationFromW3c(purpose) === 'TAGGING')) tags.push(body.value);
    else texts.push(body.value);
  }
  return { body: texts.join('\n\n'), tags: normalizeTags(tags) };
}

function replyTarget(annotation: TW3cAnnotationIn): string {
  const first = [annotation.target].flat()[0];
  const iri = typeof first === 'string' ? first : typeof first?.source === 'string' ? first.source : (first?.source?.id ?? first?.id);
  if (!iri) throw new WebAnnotationImportError('it replies (motivation "replying") but its target names no annotation.');
  return iri;
}

/**
 * Reads one W3C Annotation (already checked for shape) as a note to import. The text bodies
 * (and `bodyValue`) become the Markdown body, bodies with purpose "tagging" the tags; the
 * motivation is the first of Counterpoint's five found (else inferred from the content); a
 * "replying" annotation's target is the IRI of the annotation it answers. Positions stay in code
 * points (§4.2.5) until the importer converts them against the essay's text. `cp:visibility` and
 * `cp:withheld` are read; other `cp:` fields describe the exporting essay and are recomputed.
 *
 * @throws WebAnnotationImportError for content Counterpoint cannot hold (no quote, a non-text body).
 */
export function fromWebAnnotation(annotation: TW3cAnnotationIn, index: number): TImportedNote {
  const motivations = (annotation.motivation === undefined ? [] : [annotation.motivation].flat()).map(motivationFromW3c);
  const isWithheld = annotation['cp:withheld'] !== undefined;
  const { body, tags } = isWithheld ? { body: '', tags: [] } : readBodies(annotation);
  const common = {
    index,
    sourceId: annotation.id ?? null,
    body,
    tags,
    visibility: annotation['cp:visibility'] === 'private' ? ('PRIVATE' as const) : ('COHORT' as const),
    isWithheld,
    created: annotation.created === undefined ? null : new Date(annotation.created).toISOString(),
  };
  if (motivations.includes('REPLYING')) {
    return { ...common, parentSourceId: replyTarget(annotation), motivation: 'REPLYING', quote: null, position: null };
  }
  const targets = [annotation.target].flat().filter((t) => typeof t !== 'string');
  const motivation = motivations.find((m): m is Exclude<TMotivation, 'REPLYING'> => m !== null) ?? inferMotivation(body, tags);
  return { ...common, parentSourceId: null, motivation, ...readTextSelectors(targets) };
}
