import 'server-only';
import type { Prisma } from '@/lib/generated/prisma/client';
import { ZTextQuoteSelector, type TAnnotationView } from '@/lib/schemas/annotation';
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

function quoteOf(selectors: unknown): TAnnotationView['quote'] {
  if (!Array.isArray(selectors)) return null;
  const parsed = ZTextQuoteSelector.safeParse(selectors.find((s) => (s as { type?: string })?.type === 'TextQuoteSelector'));
  return parsed.success ? { exact: parsed.data.exact, prefix: parsed.data.prefix, suffix: parsed.data.suffix } : null;
}

/** `names` comes from displayNamesFor for the viewer who will receive the view. */
export function toAnnotationView(row: TAnnotationRow, names: TNameBook): TAnnotationView {
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
    claimIds: row.claims.map((c) => c.claimId),
    createdAt: row.createdAt.toISOString(),
    editedAt: row.editedAt?.toISOString() ?? null,
    isDeleted,
    isHidden: row.hiddenAt !== null,
    isLocked: row.lockedAt !== null,
    isPinned: row.pinnedAt !== null,
  };
}
