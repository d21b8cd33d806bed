import type { TAnnotationView, TRootMotivation } from '@/lib/schemas/annotation';

export type TTab = 'anchored' | 'orphaned';

/** Which threads the sidebar lists: all of them, the ones at a clicked place, or one claim's. */
export type TScope = { kind: 'all' } | { kind: 'at'; offset: number } | { kind: 'claim'; claimId: string };

export type TFilters = {
  motivation: TRootMotivation | 'ALL';
  tag: string;
  /** A per-cohort handle from the view, never a user id. */
  authorHandle: string;
  isMine: boolean;
  isUnanswered: boolean;
};
export const NO_FILTERS: TFilters = { motivation: 'ALL', tag: '', authorHandle: '', isMine: false, isUnanswered: false };

export function isFiltering(f: TFilters): boolean {
  return f.motivation !== 'ALL' || f.tag !== '' || f.authorHandle !== '' || f.isMine || f.isUnanswered;
}

/** Everything that decides which threads the sidebar shows, and so which first page it asks for. */
export type TListView = { tab: TTab; scope: TScope; filters: TFilters };
export const ALL_THREADS: TListView = { tab: 'anchored', scope: { kind: 'all' }, filters: NO_FILTERS };

/** The query string of GET /api/essays/<slug>/threads for a view (and a page of it). */
export function threadQueryString(view: TListView, cursor: string | null, limit: number): string {
  const q = new URLSearchParams();
  if (view.tab !== 'anchored') q.set('tab', view.tab);
  if (view.scope.kind === 'at') q.set('at', String(view.scope.offset));
  if (view.scope.kind === 'claim') q.set('claim', view.scope.claimId);
  const f = view.filters;
  if (f.motivation !== 'ALL') q.set('kind', f.motivation);
  if (f.tag !== '') q.set('tag', f.tag);
  if (f.authorHandle !== '') q.set('author', f.authorHandle);
  if (f.isMine) q.set('mine', '1');
  if (f.isUnanswered) q.set('unanswered', '1');
  if (cursor !== null) q.set('cursor', cursor);
  q.set('limit', String(limit));
  return q.toString();
}

/**
 * Whether a root that just appeared belongs in the list the sidebar shows (a new root has no
 * replies, so "unanswered" holds). The server decides for everything it sends; this only places
 * live arrivals.
 */
export function rootBelongsIn(root: TAnnotationView, view: TListView): boolean {
  const isOrphan = root.anchorStatus === 'ORPHANED';
  if ((view.tab === 'orphaned') !== isOrphan) return false;
  const { scope, filters: f } = view;
  if (scope.kind === 'at' && (root.start === null || root.end === null || root.start > scope.offset || root.end <= scope.offset))
    return false;
  if (scope.kind === 'claim' && !root.claimIds.includes(scope.claimId)) return false;
  if (f.motivation !== 'ALL' && root.motivation !== f.motivation) return false;
  if (f.tag !== '' && !root.tags.includes(f.tag)) return false;
  if (f.authorHandle !== '' && (root.isDeleted || root.author.handle !== f.authorHandle)) return false;
  if (f.isMine && (root.isDeleted || !root.author.isViewer)) return false;
  return true;
}
