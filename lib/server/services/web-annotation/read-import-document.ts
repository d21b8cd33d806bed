import 'server-only';
import { setImmediate as nextTurn } from 'node:timers/promises';
import type { z } from 'zod';
import { fromHypothesisRow, fromWebAnnotation, WebAnnotationImportError, type TImportedNote } from '@/lib/domain/web-annotation';
import {
  MAX_IMPORT_ANNOTATIONS,
  MAX_IMPORT_BYTES,
  MAX_IMPORT_QUOTE_CHARS,
  ZHypothesisResponse,
  ZHypothesisRow,
  ZImportedNoteRules,
  ZW3cAnnotationIn,
  ZW3cCollectionIn,
  ZW3cPageIn,
  type TW3cPageIn,
} from '@/lib/schemas/web-annotation';
import { AppError } from '@/lib/server/errors';

// Reads an import file into notes, or refuses it with a 400 that names the problem and where it
// is ("Annotation #12 (…): …"). Nothing here touches the database: a bad file costs no transaction.

type TItem = { raw: unknown; format: 'w3c' | 'hypothesis' };

const READ_SLICE = 100;

const MISSING_PAGE = 'which is not in the file: download the export with ?page=all, or import all its pages together in one JSON array.';

function bad(message: string): AppError {
  return new AppError('BAD_REQUEST', message);
}

function typesOf(value: unknown): string[] {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return [];
  const type = (value as { type?: unknown }).type;
  return [type].flat().filter((t): t is string => typeof t === 'string');
}

const isCollection = (value: unknown) => typesOf(value).includes('AnnotationCollection');
const isPage = (value: unknown) => typesOf(value).includes('AnnotationPage');

// zod reports a failed union as one issue holding every branch's issues. The branch that got
// furthest (past a type mismatch at its root) says what is actually wrong: show that one.
function isShallow(issue: z.core.$ZodIssue): boolean {
  if (issue.path.length > 0) return false;
  if (issue.code === 'invalid_type') return true;
  return issue.code === 'invalid_union' && issue.errors.every((issues) => issues.every(isShallow));
}

function describeIssue(issue: z.core.$ZodIssue, path: PropertyKey[] = []): string {
  const at = [...path, ...issue.path];
  if (issue.code === 'invalid_union') {
    const deeper = issue.errors.flat().find((i) => !isShallow(i));
    if (deeper) return describeIssue(deeper, at);
  }
  const where = at
    .map((key) => (typeof key === 'number' ? `[${key}]` : `.${String(key)}`))
    .join('')
    .replace(/^\./, '');
  return where ? `${issue.message} (at ${where})` : issue.message;
}

function parseOrRefuse<TSchema extends z.ZodType>(schema: TSchema, value: unknown, what: string): z.output<TSchema> {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  throw bad(`${what}: ${issue ? describeIssue(issue) : 'it is not valid.'}`);
}

// A collection's pages, from `first` along `next`: embedded page objects, or IRIs of pages that
// the file also holds (an array of the pages a client fetched one by one).
function pageChain(
  start: unknown,
  pagesById: Map<string, unknown>,
  where: string,
  isStrict: boolean,
): { raw: unknown; page: TW3cPageIn }[] {
  const chain: { raw: unknown; page: TW3cPageIn }[] = [];
  const seen = new Set<unknown>();
  for (let link = start; link !== undefined;) {
    const raw = typeof link === 'string' ? pagesById.get(link) : link;
    if (raw === undefined) {
      if (!isStrict) break;
      throw bad(`${where} continues at ${String(link)}, ${MISSING_PAGE}`);
    }
    if (seen.has(raw)) break;
    seen.add(raw);
    const page = parseOrRefuse(ZW3cPageIn, raw, `Page ${chain.length + 1} of ${where.toLowerCase()}`);
    chain.push({ raw, page });
    link = page.next;
  }
  return chain;
}

function collectionItems(raw: unknown, pagesById: Map<string, unknown>): { items: unknown[]; pages: unknown[] } {
  const collection = parseOrRefuse(ZW3cCollectionIn, raw, 'The AnnotationCollection');
  const total = collection.total ?? 0;
  if (total > 0 && collection.first === undefined)
    throw bad(`The AnnotationCollection holds ${total} annotations but has no "first" page (§5.1).`);
  const chain = pageChain(collection.first, pagesById, 'The collection', true);
  const items = chain.flatMap((link) => link.page.items);
  if (items.length < total) {
    throw bad(
      `The AnnotationCollection says it holds ${total} annotations but its pages in the file hold ${items.length}, ${MISSING_PAGE.replace('which is', 'the rest are')}`,
    );
  }
  return { items, pages: chain.map((link) => link.raw) };
}

/** Flattens any accepted shape into the annotations (or Hypothesis rows) it holds, in file order. */
function collectItems(json: unknown): TItem[] {
  if (typeof json === 'object' && json !== null && !Array.isArray(json) && 'rows' in json) {
    const response = parseOrRefuse(ZHypothesisResponse, json, 'The Hypothesis response');
    return response.rows.map((raw) => ({ raw, format: 'hypothesis' }));
  }
  const documents = Array.isArray(json) ? json : [json];
  const pagesById = new Map<string, unknown>();
  for (const doc of documents) {
    const id = isPage(doc) ? (doc as { id?: unknown }).id : undefined;
    if (typeof id === 'string') pagesById.set(id, doc);
  }
  // Collections first, so pages they reach are read as theirs and not again on their own.
  const ofCollection = new Map<unknown, unknown[]>();
  const consumed = new Set<unknown>();
  for (const doc of documents.filter(isCollection)) {
    const { items, pages } = collectionItems(doc, pagesById);
    ofCollection.set(doc, items);
    for (const page of pages) consumed.add(page);
  }
  return documents.flatMap((doc): TItem[] => {
    if (isCollection(doc)) return (ofCollection.get(doc) ?? []).map((raw) => ({ raw, format: 'w3c' }));
    if (isPage(doc)) {
      if (consumed.has(doc)) return [];
      return pageChain(doc, pagesById, 'The page', false).flatMap((link) =>
        link.page.items.map((raw) => ({ raw, format: 'w3c' as const })),
      );
    }
    return [{ raw: doc, format: 'w3c' }];
  });
}

function nameOf(raw: unknown): string {
  const id = typeof raw === 'object' && raw !== null ? (raw as { id?: unknown }).id : undefined;
  return typeof id === 'string' && id.length <= 200 ? ` (${id})` : '';
}

function readItem(item: TItem, index: number): TImportedNote {
  const what = `Annotation #${index}${nameOf(item.raw)}`;
  try {
    const note =
      item.format === 'hypothesis'
        ? fromHypothesisRow(parseOrRefuse(ZHypothesisRow, item.raw, what), index)
        : fromWebAnnotation(parseOrRefuse(ZW3cAnnotationIn, item.raw, what), index);
    parseOrRefuse(ZImportedNoteRules, note, what);
    return note;
  } catch (error) {
    if (error instanceof WebAnnotationImportError) throw bad(`${what} cannot be imported: ${error.message}`);
    throw error;
  }
}

/**
 * The notes of an import file: a W3C AnnotationCollection (pages embedded, or all its pages in
 * one JSON array), an AnnotationPage, an array of Annotations, one Annotation, or a Hypothesis
 * API response `{ rows: [...] }`. Refuses (400) a file over 5 MB or 5,000 annotations, an empty
 * one, a collection missing pages, and the first annotation that is malformed or has nothing
 * Counterpoint can anchor, naming it; (413) one whose quotes hold over 2,000,000 characters.
 */
export async function readImportDocument(json: unknown): Promise<TImportedNote[]> {
  const bytes = Buffer.byteLength(JSON.stringify(json) ?? '', 'utf8');
  if (bytes > MAX_IMPORT_BYTES) {
    throw bad(
      `The file is ${(bytes / 1024 / 1024).toFixed(1)} MB; import at most ${MAX_IMPORT_BYTES / 1024 / 1024} MB at a time (split it into several files).`,
    );
  }
  if (typeof json !== 'object' || json === null) {
    throw bad(
      'The file must be a W3C Web Annotation (Annotation, AnnotationPage or AnnotationCollection), a list of them, or a Hypothesis API response.',
    );
  }
  const items = collectItems(json);
  if (items.length === 0) throw bad('The file holds no annotations.');
  if (items.length > MAX_IMPORT_ANNOTATIONS) {
    throw bad(
      `The file holds ${items.length.toLocaleString('en')} annotations; import at most ${MAX_IMPORT_ANNOTATIONS.toLocaleString('en')} at a time.`,
    );
  }
  // Checking 5,000 annotations takes a while: hand the event loop back between slices so that
  // other requests are served meanwhile.
  const notes: TImportedNote[] = [];
  for (const [i, item] of items.entries()) {
    notes.push(readItem(item, i + 1));
    if ((i + 1) % READ_SLICE === 0) await nextTurn();
  }
  // Anchoring work grows with the quotes' length; the byte cap alone still allows 5 MB of them.
  const quoteChars = notes.reduce(
    (sum, note) => sum + (note.quote ? note.quote.exact.length + note.quote.prefix.length + note.quote.suffix.length : 0),
    0,
  );
  if (quoteChars > MAX_IMPORT_QUOTE_CHARS) {
    throw new AppError(
      'PAYLOAD_TOO_LARGE',
      `The file's quotes hold ${quoteChars.toLocaleString('en')} characters; import at most ${MAX_IMPORT_QUOTE_CHARS.toLocaleString('en')} at a time (split it into several files).`,
    );
  }
  return notes;
}
