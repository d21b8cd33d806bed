import 'server-only';
import { checkSelectorsMatch } from '@/lib/domain/anchoring';
import {
  EXPORT_PAGE_SIZE,
  irisFor,
  pageSlice,
  toAnnotationCollection,
  toAnnotationPage,
  toWebAnnotation,
  type TExportNote,
  type TExportPage,
  type TW3cAnnotationCollection,
  type TW3cAnnotationPage,
} from '@/lib/domain/web-annotation';
import type { Prisma } from '@/lib/generated/prisma/client';
import { ZTextPositionSelector, ZTextQuoteSelector, type TTextPositionSelector, type TTextQuoteSelector } from '@/lib/schemas/annotation';
import { annotationVisibleWhere } from '@/lib/server/access/annotation-access';
import { displayNamesFor, type TNameViewer } from '@/lib/server/access/display-names';
import { getEssayAccess } from '@/lib/server/access/essay-access';
import { db } from '@/lib/server/db/client';
import { AppError } from '@/lib/server/errors';

type TOutlineRow = { id: string; parentId: string | null; deletedAt: Date | null; hiddenAt: Date | null };

/**
 * Which notes an export lists, in order: threads' first notes in document order (orphans last),
 * then replies oldest first (as the sidebar). A reply is listed only when its parent is; a deleted
 * or hidden note only when a listed reply with words hangs under it (it then keeps the thread's
 * shape and nothing else).
 */
function exportedIds(rows: TOutlineRow[]): string[] {
  const byId = new Map(rows.map((row) => [row.id, row]));
  const attached = new Map<string, boolean>();
  const isAttached = (row: TOutlineRow): boolean => {
    let known = attached.get(row.id);
    if (known === undefined) {
      const parent = row.parentId === null ? undefined : byId.get(row.parentId);
      known = row.parentId === null || (parent !== undefined && isAttached(parent));
      attached.set(row.id, known);
    }
    return known;
  };
  const needed = new Set<string>();
  for (const row of rows) {
    if (row.deletedAt !== null || row.hiddenAt !== null || !isAttached(row)) continue;
    for (let at: TOutlineRow | undefined = row; at && !needed.has(at.id); at = at.parentId === null ? undefined : byId.get(at.parentId))
      needed.add(at.id);
  }
  const listed = rows.filter((row) => needed.has(row.id));
  return [...listed.filter((row) => row.parentId === null), ...listed.filter((row) => row.parentId !== null)].map((row) => row.id);
}

type TStored = { quote: TTextQuoteSelector; position: TTextPositionSelector | null };

// Stored selectors are JSON written by create and re-anchoring: read them without trusting them.
function storedSelectors(stored: unknown): TStored | null {
  if (!Array.isArray(stored)) return null;
  const quote = ZTextQuoteSelector.safeParse(stored.find((s) => s?.type === 'TextQuoteSelector'));
  if (!quote.success) return null;
  const position = ZTextPositionSelector.safeParse(stored.find((s) => s?.type === 'TextPositionSelector'));
  return { quote: quote.data, position: position.success ? position.data : null };
}

type TRevisionText = { id: string; number: number; text: string };

// The revision whose text a note's stored selectors describe: its own revision for anchored and
// fuzzy notes (re-anchoring rewrites their selectors); for orphans, whose selectors date from an
// earlier text, the newest revision where quote, context and position still match. Null if none
// (then the export gives the quote alone, with no position it could not vouch for).
function sourceOf(stored: TStored, candidates: readonly TRevisionText[]): TExportNote['source'] {
  const { quote, position } = stored;
  if (!position) return null;
  const match = candidates.find((revision) => checkSelectorsMatch(revision.text, { quote, position }).ok);
  return match ? { number: match.number, text: match.text } : null;
}

const NOTE_SELECT = {
  id: true,
  parentId: true,
  revisionId: true,
  motivation: true,
  body: true,
  tags: true,
  visibility: true,
  anchorStatus: true,
  selectors: true,
  createdAt: true,
  editedAt: true,
  deletedAt: true,
  hiddenAt: true,
  authorId: true,
  claims: { select: { claimId: true }, orderBy: { claimId: 'asc' } },
} satisfies Prisma.AnnotationSelect;

async function loadNotes(viewer: TNameViewer & { essayId: string }, ids: string[]): Promise<TExportNote[]> {
  const { essayId } = viewer;
  const rows = await db.annotation.findMany({ where: { id: { in: ids } }, select: NOTE_SELECT });
  const names = await displayNamesFor(
    db,
    viewer,
    rows.map((row) => row.authorId),
  );
  const stored = new Map(rows.map((row) => [row.id, row.parentId === null ? storedSelectors(row.selectors) : null]));
  const revisionIds = [...new Set(rows.filter((row) => row.parentId === null).map((row) => row.revisionId))];
  const own = await db.essayRevision.findMany({ where: { id: { in: revisionIds } }, select: { id: true, number: true, text: true } });
  const sources = new Map<string, TExportNote['source']>();
  const unmatched: string[] = [];
  for (const row of rows) {
    const selectors = stored.get(row.id);
    if (!selectors?.position) continue;
    const source = sourceOf(
      selectors,
      own.filter((revision) => revision.id === row.revisionId),
    );
    if (source) sources.set(row.id, source);
    else unmatched.push(row.id);
  }
  if (unmatched.length > 0) {
    // Orphans only, so rarely more than a handful: every revision's text, newest first.
    const all = await db.essayRevision.findMany({
      where: { essayId },
      orderBy: { number: 'desc' },
      select: { id: true, number: true, text: true },
    });
    for (const id of unmatched) sources.set(id, sourceOf(stored.get(id)!, all));
  }

  const order = new Map(ids.map((id, index) => [id, index]));
  return rows
    .sort((a, b) => (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0))
    .map((row) => {
      const selectors = stored.get(row.id) ?? null;
      const source = sources.get(row.id) ?? null;
      return {
        id: row.id,
        parentId: row.parentId,
        motivation: row.motivation,
        body: row.body,
        tags: row.tags,
        visibility: row.visibility,
        anchorStatus: row.anchorStatus,
        claimIds: row.claims.map((c) => c.claimId),
        // The creator is named by the display-name rule and identified by handle, never by user id.
        author: { id: names.of(row.authorId).handle, name: names.of(row.authorId).name },
        createdAt: row.createdAt,
        editedAt: row.editedAt,
        withheld: row.deletedAt ? 'deleted' : row.hiddenAt ? 'hidden' : null,
        selectors: selectors && {
          quote: { exact: selectors.quote.exact, prefix: selectors.quote.prefix, suffix: selectors.quote.suffix },
          position: source && selectors.position ? { start: selectors.position.start, end: selectors.position.end } : null,
        },
        source,
      };
    });
}

/**
 * An essay's annotations that the viewer may see, as W3C Web Annotation JSON-LD: page 0 is the
 * AnnotationCollection with its first page embedded, pages 1… are AnnotationPages, and 'all' is
 * the collection with every annotation in its one page. Private essays are a 404 to outsiders
 * (getEssayAccess); private notes are their author's alone (annotationVisibleWhere).
 * Three queries for a page (the outline, the page's notes, their revisions' texts), a fourth when
 * the page has orphans.
 */
export async function getAnnotationCollectionForViewer(
  viewerId: string | null,
  slug: string,
  options: { origin: string; page?: TExportPage },
): Promise<TW3cAnnotationCollection | TW3cAnnotationPage> {
  const access = await getEssayAccess(db, viewerId, { slug });
  const page = options.page ?? 0;
  const [essay, outline] = await Promise.all([
    db.essay.findUniqueOrThrow({ where: { id: access.essayId }, select: { slug: true, title: true } }),
    db.annotation.findMany({
      where: { AND: [{ essayId: access.essayId }, annotationVisibleWhere(viewerId, access.seesOthers)] },
      orderBy: [{ start: { sort: 'asc', nulls: 'last' } }, { createdAt: 'asc' }, { id: 'asc' }],
      select: { id: true, parentId: true, deletedAt: true, hiddenAt: true },
    }),
  ]);
  const ids = exportedIds(outline);
  const slice = pageSlice(ids.length, page);
  if (!slice) {
    const pages = Math.max(1, Math.ceil(ids.length / EXPORT_PAGE_SIZE));
    throw new AppError('NOT_FOUND', `There is no page ${page}: this export has ${pages} page${pages === 1 ? '' : 's'}, numbered from 0.`);
  }
  const notes = await loadNotes({ viewerId, ...access }, ids.slice(slice.start, slice.end));
  const iris = irisFor(options.origin, essay.slug);
  const meta = { iris, label: `Annotations on “${essay.title}”`, total: ids.length };
  const items = notes.map((note) => toWebAnnotation(note, iris));
  return page === 0 || page === 'all' ? toAnnotationCollection(meta, items, { page }) : toAnnotationPage(meta, page, items);
}
