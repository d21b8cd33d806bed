import 'server-only';
import type { Prisma } from '@/lib/generated/prisma/client';
import type { TAnnotationView, TTextQuoteSelector } from '@/lib/schemas/annotation';
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

/** `names` comes from displayNamesFor for the viewer who will receive the view. */
export function toAnnotationView(row: TAnnotationViewRow, names: TNameBook): TAnnotationView {
  const isDeleted = row.deletedAt !== null;
  // Deleted and hidden notes keep their place in the thread but none of their words.
  const isWithheld = isDeleted || row.hiddenAt !== null;
  return {
    id: row.id,
    parentId: row.parentId,
    rootId: row.rootId,
    author: names.of(row.authorId),
    motivation: row.motivation,
    body: isWithheld ? '' : row.body,
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
