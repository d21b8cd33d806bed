import type { TW3cAnnotation, TW3cAnnotationCollection, TW3cAnnotationPage } from './types';
import { EXPORT_PAGE_SIZE, WEB_ANNOTATION_CONTEXT, type TIris } from './vocabulary';

/** A page of an export: a number (0-based), or 'all' for one page holding every annotation. */
export type TExportPage = number | 'all';

export type TCollectionMeta = { iris: TIris; label: string; total: number; pageSize?: number };

/**
 * Which items `[start, end)` of `total` a page holds; null when there is no such page. Page 0
 * exists even for an empty collection (it is the collection document itself).
 *
 * @example
 * pageSlice(250, 2, 100); // { start: 200, end: 250 }
 */
export function pageSlice(total: number, page: TExportPage, pageSize = EXPORT_PAGE_SIZE): { start: number; end: number } | null {
  if (page === 'all') return { start: 0, end: total };
  if (!Number.isInteger(page) || page < 0) return null;
  const start = page * pageSize;
  if (page > 0 && start >= total) return null;
  return { start, end: Math.min(total, start + pageSize) };
}

function lastPage(total: number, pageSize: number): number {
  return Math.max(0, Math.ceil(total / pageSize) - 1);
}

/**
 * An AnnotationPage (§5.2). Embedded as a collection's `first` it has no `@context` and names
 * its collection by IRI; served alone it carries the context and a summary of the collection.
 */
export function toAnnotationPage(
  meta: TCollectionMeta,
  page: TExportPage,
  items: TW3cAnnotation[],
  options: { isEmbedded?: boolean } = {},
): TW3cAnnotationPage {
  const { iris, label, total, pageSize = EXPORT_PAGE_SIZE } = meta;
  const last = page === 'all' ? 0 : lastPage(total, pageSize);
  const startIndex = page === 'all' ? 0 : page * pageSize;
  return {
    ...(options.isEmbedded ? {} : { '@context': WEB_ANNOTATION_CONTEXT }),
    id: iris.page(page),
    type: 'AnnotationPage',
    partOf: options.isEmbedded ? iris.collection : { id: iris.collection, label, total },
    startIndex,
    items,
    ...(page !== 'all' && page < last ? { next: iris.page(page + 1) } : {}),
    ...(page !== 'all' && page > 0 ? { prev: iris.page(page - 1) } : {}),
  };
}

/**
 * An AnnotationCollection (§5.1) with its first page embedded (`firstItems`) and the IRI of its
 * last page; further pages are served at `iris.page(n)`. With `page: 'all'` the one embedded page
 * holds every annotation, so the document stands alone (a download, and what import reads).
 * An empty collection has no pages: §5.1 requires `first` only when there are annotations.
 *
 * @example
 * toAnnotationCollection({ iris, label: 'Notes on “Alliances”', total: 250 }, first100);
 * // { type: 'AnnotationCollection', total: 250, first: { …page 0… }, last: '…/export?page=2', … }
 */
export function toAnnotationCollection(
  meta: TCollectionMeta,
  firstItems: TW3cAnnotation[],
  options: { page?: 0 | 'all' } = {},
): TW3cAnnotationCollection {
  const { iris, label, total, pageSize = EXPORT_PAGE_SIZE } = meta;
  const page = options.page ?? 0;
  return {
    '@context': WEB_ANNOTATION_CONTEXT,
    id: iris.collection,
    type: 'AnnotationCollection',
    label,
    total,
    ...(total > 0
      ? {
          first: toAnnotationPage(meta, page, firstItems, { isEmbedded: true }),
          last: iris.page(page === 'all' ? 'all' : lastPage(total, pageSize)),
        }
      : {}),
  };
}
