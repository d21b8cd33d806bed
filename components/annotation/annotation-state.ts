import type { TAnnotationView } from '@/lib/schemas/annotation';

/** Every annotation the reader knows about, by id. Replaced, never mutated. */
export type TAnnotations = ReadonlyMap<string, TAnnotationView>;

// Deleted beats everything; otherwise the later edit wins. Equal versions take the incoming copy
// (events arrive in order, and a re-anchoring changes the view without a new edit time).
function versionOf(a: TAnnotationView): [number, number] {
  return [a.isDeleted ? 1 : 0, Date.parse(a.editedAt ?? a.createdAt)];
}
/** Whether `incoming` is an older copy of `current` (so keeping `current` is right). */
export function isOlder(incoming: TAnnotationView, current: TAnnotationView): boolean {
  const [di, ti] = versionOf(incoming);
  const [dc, tc] = versionOf(current);
  return di !== dc ? di < dc : ti < tc;
}

/** Defence in depth: someone else's private note is never shown, whatever the stream says. */
export function isShownTo(note: TAnnotationView, viewerId: string | null): boolean {
  return note.visibility !== 'PRIVATE' || (viewerId !== null && note.author.isViewer);
}

/**
 * Adds or replaces one annotation, keeping whichever copy is newer: a live event may carry an
 * annotation the reader already has (their own, or one replayed after a reconnect).
 */
export function upsertAnnotation(state: TAnnotations, incoming: TAnnotationView, viewerId: string | null): TAnnotations {
  if (!isShownTo(incoming, viewerId)) return state;
  const current = state.get(incoming.id);
  if (current && isOlder(incoming, current)) return state;
  const next = new Map(state);
  next.set(incoming.id, incoming);
  return next;
}

export function toAnnotationMap(list: readonly TAnnotationView[]): TAnnotations {
  return new Map(list.map((a) => [a.id, a]));
}

export type TThreadNode = { note: TAnnotationView; replies: TThreadNode[] };

/** Roots in the order their highlights start (then end, then age): the sidebar's order. */
export function byDocumentOrder(a: TAnnotationView, b: TAnnotationView): number {
  const sa = a.start ?? Number.MAX_SAFE_INTEGER;
  const sb = b.start ?? Number.MAX_SAFE_INTEGER;
  if (sa !== sb) return sa - sb;
  const ea = a.end ?? Number.MAX_SAFE_INTEGER;
  const eb = b.end ?? Number.MAX_SAFE_INTEGER;
  if (ea !== eb) return ea - eb;
  return a.createdAt.localeCompare(b.createdAt);
}

/** Threads: roots in document order, each reply under its parent, oldest first. */
export function buildThreads(state: TAnnotations): TThreadNode[] {
  const nodes = new Map<string, TThreadNode>();
  for (const note of state.values()) nodes.set(note.id, { note, replies: [] });
  const roots: TThreadNode[] = [];
  for (const node of nodes.values()) {
    const { parentId, rootId } = node.note;
    if (parentId === null) {
      roots.push(node);
      continue;
    }
    // A reply whose parent we cannot see still belongs to its thread.
    const parent = nodes.get(parentId) ?? (rootId ? nodes.get(rootId) : undefined);
    parent?.replies.push(node);
  }
  for (const node of nodes.values()) node.replies.sort((a, b) => a.note.createdAt.localeCompare(b.note.createdAt));
  return roots.sort((a, b) => byDocumentOrder(a.note, b.note));
}

/** Replies under a note that still have words (deleted placeholders are not answers). */
export function countLiveReplies(node: TThreadNode): number {
  return node.replies.reduce((sum, r) => sum + (r.note.isDeleted ? 0 : 1) + countLiveReplies(r), 0);
}

/** All replies under a note, placeholders included (what "Show n more replies" reveals). */
export function countAllReplies(node: TThreadNode): number {
  return node.replies.reduce((sum, r) => sum + 1 + countAllReplies(r), 0);
}
