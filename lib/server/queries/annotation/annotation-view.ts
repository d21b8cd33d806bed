import 'server-only';
import type { Prisma } from '@/lib/generated/prisma/client';
import type { TAnnotationView, TFullAnnotationView, TTextQuoteSelector } from '@/lib/schemas/annotation';
import type { TNameBook } from '@/lib/server/access/display-names';
import { noteHtmlOf } from '@/lib/server/markdown/stored-note-html';

/** Exactly what an annotation view needs; shared by the list query, the services and live events. */
export const ANNOTATION_VIEW_SELECT = {
  id: true,
  parentId: true,
  rootId: true,
  motivation: true,
  body: true,
  bodyHtml: true,
  bodyHtmlVersion: true,
  tags: true,
  visibility: true,
  anchorStatus: true,
  start: true,
  end: true,
  selectors: true,
  createdAt: true,
  editedAt: true,
  deletedAt: true,
  hiddenAt: true,
  lockedAt: true,
  pinnedAt: true,
  authorId: true,
  claims: { select: { claimId: true } },
} satisfies Prisma.AnnotationSelect;

export type TAnnotationRow = Prisma.AnnotationGetPayload<{ select: typeof ANNOTATION_VIEW_SELECT }>;

/** The stored TextQuoteSelector's words. It was checked by ZTextQuoteSelector when written; only its shape is checked here. */
function quoteOf(selectors: unknown): TAnnotationView['quote'] {
  if (!Array.isArray(selectors)) return null;
  const quote = selectors.find((s: Partial<TTextQuoteSelector> | null) => s?.type === 'TextQuoteSelector') as Partial<TTextQuoteSelector>;
  if (typeof quote?.exact !== 'string' || quote.exact === '') return null;
  const text = (value: unknown) => (typeof value === 'string' ? value : '');
  return { exact: quote.exact, prefix: text(quote.prefix), suffix: text(quote.suffix) };
}

/**
 * A note as it was read: through Prisma (ANNOTATION_VIEW_SELECT, claims as rows) or by the raw SQL
 * of annotation-view-sql.ts (claims as an array of ids). Other fields of the row are ignored.
 */
export type TAnnotationViewRow = Omit<TAnnotationRow, 'claims'> & ({ claims: { claimId: string }[] } | { claimIds: string[] });

/**
 * Which notes' Markdown source a view carries: 'all' (exports, and a writer's answer), or 'own' —
 * the reader's paths, where only the viewer's own notes can be edited and every other note is
 * drawn from its HTML, so its words would otherwise travel twice.
 */
export type TNoteSource = 'all' | 'own';

/** `names` comes from displayNamesFor for the viewer who will receive the view. */
export function toAnnotationView(row: TAnnotationViewRow, names: TNameBook): TFullAnnotationView;
export function toAnnotationView(row: TAnnotationViewRow, names: TNameBook, source: TNoteSource): TAnnotationView;
export function toAnnotationView(row: TAnnotationViewRow, names: TNameBook, source: TNoteSource = 'all'): TAnnotationView {
  const isDeleted = row.deletedAt !== null;
  // Deleted and hidden notes keep their place in the thread but none of their words.
  const isWithheld = isDeleted || row.hiddenAt !== null;
  const author = names.of(row.authorId);
  return {
    id: row.id,
    parentId: row.parentId,
    rootId: row.rootId,
    author,
    motivation: row.motivation,
    ...(source === 'all' || author.isViewer ? { body: isWithheld ? '' : row.body } : {}),
    bodyHtml: isWithheld ? '' : noteHtmlOf(row),
    tags: isWithheld ? [] : row.tags,
    visibility: row.visibility,
    anchorStatus: row.anchorStatus,
    start: row.anchorStatus === 'ORPHANED' ? null : row.start,
    end: row.anchorStatus === 'ORPHANED' ? null : row.end,
    quote: quoteOf(row.selectors),
    claimIds: 'claimIds' in row ? row.claimIds : row.claims.map((c) => c.claimId),
    createdAt: row.createdAt.toISOString(),
    editedAt: row.editedAt?.toISOString() ?? null,
    isDeleted,
    isHidden: row.hiddenAt !== null,
    isLocked: row.lockedAt !== null,
    isPinned: row.pinnedAt !== null,
  };
}
