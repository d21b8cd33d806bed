// Deliberately the module, not the index: `anchorStored` takes a quote without a position, which
// an import may have (none given, or one outside this text), where `anchorSelectors` needs both.
import { anchorStored } from '@/lib/domain/anchoring/anchor';
import { claimsForRange, describeRange, indexText, type TClaimSpan, type TTextIndex } from '@/lib/domain/anchoring';
import type { TTextPositionSelector, TTextQuoteSelector } from '@/lib/schemas/annotation';
import type { TImportCounts } from '@/lib/schemas/web-annotation';
import { offsetConverter, type TOffsetConverter } from './code-points';
import { replyKey, rootKey } from './dedupe-key';
import type { TImportedNote } from './types';
import type { TMotivation } from './vocabulary';

/** A note the essay already has (one the importer may see), as far as an import compares them. */
export type TExistingNote = {
  id: string;
  parentId: string | null;
  rootId: string | null;
  motivation: TMotivation;
  body: string;
  tags: string[];
  /** The stored quote (roots); null for replies. */
  exact: string | null;
  /** Where it anchors in the current revision; null for orphans and replies. */
  start: number | null;
  visibility: 'COHORT' | 'PRIVATE';
  isWithheld: boolean;
  /** Locked itself or in a locked thread: takes no new replies. */
  isLocked: boolean;
};

/** One note to insert, ready for the database (UTF-16 offsets in the current revision). */
export type TPlannedNote = {
  id: string;
  parentId: string | null;
  rootId: string | null;
  motivation: TMotivation;
  body: string;
  tags: string[];
  visibility: 'COHORT' | 'PRIVATE';
  isDeleted: boolean;
  selectors: [TTextQuoteSelector, TTextPositionSelector] | null;
  anchorStatus: 'ANCHORED' | 'FUZZY' | 'ORPHANED';
  start: number | null;
  end: number | null;
  claimIds: string[];
  /** The file's date, never later than `now`. */
  createdAt: Date;
};

export type TImportPlan = { notes: TPlannedNote[]; counts: TImportCounts };

type TThread = { rootId: string; visibility: 'COHORT' | 'PRIVATE'; isLocked: boolean; isExistingWithheld: boolean };
/** Where a root lands in the current text, and the selectors stored for it. */
export type TPlace = Pick<TPlannedNote, 'anchorStatus' | 'start' | 'end' | 'claimIds'> & {
  selectors: [TTextQuoteSelector, TTextPositionSelector];
};
/** What roots are anchored in: the essay's current text, its shared search index, its claims. */
export type TImportTarget = { text: string; index: TTextIndex; offsets: TOffsetConverter; claims: readonly TClaimSpan[] };
type TText = TImportTarget;

/** The target for `placeRoot`/`planImport`; its `index.work` tells how much anchoring cost so far. */
export function importTarget(text: string, claims: readonly TClaimSpan[]): TImportTarget {
  return { text, index: indexText(text), offsets: offsetConverter(text), claims };
}

const SEPARATOR = '\u0000';

/** Roots with the same quote, context and position land in the same place: anchored once. */
export function placementKey(note: TImportedNote): string | null {
  if (note.parentSourceId !== null || note.quote === null) return null;
  const { exact, prefix, suffix } = note.quote;
  return [exact, prefix, suffix, note.position?.start ?? '', note.position?.end ?? ''].join(SEPARATOR);
}

// The same note twice in one file (same place, motivation and words): the second is a duplicate
// before anything is anchored, so repeating one note thousands of times costs one anchoring.
function fileKey(note: TImportedNote, placement: string): string {
  const words = note.isWithheld ? ['withheld'] : ['live', note.body, [...note.tags].sort().join(SEPARATOR)];
  return [placement, note.motivation, ...words].join(SEPARATOR);
}

/**
 * The roots an import must anchor, one per placement key, in file order: what a caller anchors
 * ahead of `planImport` (in chunks, with a work bound) and hands to it as `places`.
 */
export function rootsToPlace(notes: readonly TImportedNote[]): Map<string, TImportedNote> {
  const roots = new Map<string, TImportedNote>();
  for (const note of notes) {
    const key = placementKey(note);
    if (key !== null && !roots.has(key)) roots.set(key, note);
  }
  return roots;
}

function toUtf16(offsets: TOffsetConverter, position: TImportedNote['position']): { start: number; end: number } | null {
  if (position === null || position.end > offsets.codePointLength) return null;
  return { start: offsets.toUtf16(position.start), end: offsets.toUtf16(position.end) };
}

/** Where a root lands in the current text (code point positions read as UTF-16), with its selectors. */
export function placeRoot(
  { text, index, offsets, claims }: TText,
  quote: NonNullable<TImportedNote['quote']>,
  codePoints: TImportedNote['position'],
): TPlace {
  const position = toUtf16(offsets, codePoints);
  const result = anchorStored(index, { ...quote, start: position?.start ?? null, end: position?.end ?? null });
  if (result.status !== 'ORPHANED' && result.start !== null && result.end !== null) {
    // Selectors describe where the note now is, as re-anchoring writes them.
    const described = describeRange(text, result.start, result.end);
    return {
      selectors: [described.quote, described.position],
      anchorStatus: result.status,
      start: result.start,
      end: result.end,
      claimIds: claimsForRange(claims, result.start, result.end),
    };
  }
  // An orphan keeps the quote it came with, and its position as a hint for later revisions (one it
  // could not use here becomes 0…quote length, so the stored selectors stay well-formed).
  const hint = position ?? { start: 0, end: quote.exact.length };
  return {
    selectors: [
      { type: 'TextQuoteSelector', ...quote },
      { type: 'TextPositionSelector', ...hint },
    ],
    anchorStatus: 'ORPHANED',
    start: null,
    end: null,
    claimIds: [],
  };
}

function wordsOf(note: TImportedNote): { body: string; tags: string[] } {
  return note.isWithheld ? { body: '', tags: [] } : { body: note.body, tags: note.tags };
}

const IRI_OF_NOTE = /#annotation-([^#/?]+)$/;

/**
 * Decides what an import writes into an essay whose current text is `text`: every root is anchored
 * with the project's anchoring (code point positions converted to UTF-16 first; a position outside
 * the text is dropped and the quote alone decides); found → ANCHORED/FUZZY with fresh selectors
 * and its claims, not found → ORPHANED with its quote kept. Notes the essay already has (same
 * `rootKey`/`replyKey`, also within the file) are skipped as duplicates and stand in for their
 * copy when replies are attached. A reply answers a note of the file, or a note of this essay
 * named by its IRI (`…#annotation-<id>`); it joins that thread and its visibility. A reply whose
 * parent is in neither, or sits in a locked thread or under a deleted note of the essay, is
 * skipped, and so are its own replies. In the result, parents come before their replies.
 *
 * @example
 * planImport({ notes, text, claims, existing: [], newId: randomUUID, now: new Date() }).counts;
 * // { imported: 3, anchored: 2, fuzzy: 0, orphaned: 0, duplicates: 0, replies: 1, skipped: 0 }
 */
export function planImport(input: {
  notes: readonly TImportedNote[];
  text: string;
  claims: readonly TClaimSpan[];
  existing: readonly TExistingNote[];
  newId: () => string;
  now: Date;
  /** The target already built (with `places` computed in it); else one is made from `text`. */
  target?: TImportTarget;
  /** Roots already anchored, by `placementKey`; the others are anchored here. */
  places?: ReadonlyMap<string, TPlace>;
}): TImportPlan {
  const { newId, now } = input;
  const target: TText = input.target ?? importTarget(input.text, input.claims);
  const counts: TImportCounts = { imported: 0, anchored: 0, fuzzy: 0, orphaned: 0, duplicates: 0, replies: 0, skipped: 0 };
  const createdAt = (note: TImportedNote) => (note.created && new Date(note.created) < now ? new Date(note.created) : now);

  const idByKey = new Map<string, string>();
  const threads = new Map<string, TThread>();
  for (const note of input.existing) {
    const key = note.parentId === null ? rootKey({ ...note, exact: note.exact ?? '' }) : replyKey(note.parentId, note);
    if (!idByKey.has(key)) idByKey.set(key, note.id);
    threads.set(note.id, {
      rootId: note.rootId ?? note.id,
      visibility: note.visibility,
      isLocked: note.isLocked,
      isExistingWithheld: note.isWithheld,
    });
  }

  // Replies wait for their parent's id: once a note of the file has one (new, or the essay's own
  // copy of it), the replies waiting for it are placed, and theirs in turn.
  const waiting = new Map<string, TImportedNote[]>();
  for (const note of input.notes) {
    if (note.parentSourceId !== null) waiting.set(note.parentSourceId, [...(waiting.get(note.parentSourceId) ?? []), note]);
  }
  const ready: { note: TImportedNote; parentId: string }[] = [];
  const settle = (note: TImportedNote, id: string) => {
    if (note.sourceId === null) return;
    for (const reply of waiting.get(note.sourceId) ?? []) ready.push({ note: reply, parentId: id });
    waiting.delete(note.sourceId);
  };
  for (const [iri, replies] of waiting) {
    const existingId = IRI_OF_NOTE.exec(iri)?.[1];
    if (existingId === undefined || !threads.has(existingId)) continue;
    for (const reply of replies) ready.push({ note: reply, parentId: existingId });
    waiting.delete(iri);
  }

  const planned: TPlannedNote[] = [];
  const idInFile = new Map<string, string>();
  for (const note of input.notes) {
    const placement = placementKey(note);
    if (placement === null || note.quote === null) continue;
    const repeated = idInFile.get(fileKey(note, placement));
    if (repeated !== undefined) {
      counts.duplicates += 1;
      settle(note, repeated);
      continue;
    }
    const place = input.places?.get(placement) ?? placeRoot(target, note.quote, note.position);
    const key = rootKey({ ...note, exact: place.selectors[0].exact, start: place.anchorStatus === 'ORPHANED' ? null : place.start });
    const twin = idByKey.get(key);
    if (twin !== undefined) {
      counts.duplicates += 1;
      idInFile.set(fileKey(note, placement), twin);
      settle(note, twin);
      continue;
    }
    const id = newId();
    idByKey.set(key, id);
    idInFile.set(fileKey(note, placement), id);
    threads.set(id, { rootId: id, visibility: note.visibility, isLocked: false, isExistingWithheld: false });
    planned.push({
      id,
      parentId: null,
      rootId: null,
      motivation: note.motivation,
      ...wordsOf(note),
      visibility: note.visibility,
      isDeleted: note.isWithheld,
      ...place,
      createdAt: createdAt(note),
    });
    counts.imported += 1;
    counts[place.anchorStatus === 'ANCHORED' ? 'anchored' : place.anchorStatus === 'FUZZY' ? 'fuzzy' : 'orphaned'] += 1;
    settle(note, id);
  }

  let repliesPlaced = 0;
  for (let next = ready.shift(); next !== undefined; next = ready.shift()) {
    const { note, parentId } = next;
    const parent = threads.get(parentId)!;
    const key = replyKey(parentId, note);
    const twin = idByKey.get(key);
    if (twin !== undefined) {
      counts.duplicates += 1;
      repliesPlaced += 1;
      settle(note, twin);
      continue;
    }
    if (parent.isLocked || parent.isExistingWithheld) continue; // skipped, with the replies below it
    const id = newId();
    idByKey.set(key, id);
    threads.set(id, { rootId: parent.rootId, visibility: parent.visibility, isLocked: false, isExistingWithheld: false });
    planned.push({
      id,
      parentId,
      rootId: parent.rootId,
      motivation: 'REPLYING',
      ...wordsOf(note),
      // As in the app: a reply to a private note stays private to its thread.
      visibility: parent.visibility,
      isDeleted: note.isWithheld,
      selectors: null,
      anchorStatus: 'ANCHORED',
      start: null,
      end: null,
      claimIds: [],
      createdAt: createdAt(note),
    });
    counts.imported += 1;
    counts.replies += 1;
    repliesPlaced += 1;
    settle(note, id);
  }
  counts.skipped = input.notes.filter((note) => note.parentSourceId !== null).length - repliesPlaced;
  return { notes: planned, counts };
}
