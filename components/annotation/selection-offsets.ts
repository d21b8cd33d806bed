// Maps a DOM selection in the essay to canonical offsets. Each claim element carries its
// canonical `data-start`/`data-end` and holds exactly the claim's text (highlights only wrap it),
// so a point inside a claim is its start plus the characters before the point. Points outside
// claims (headings, badges, the spaces between sentences) snap to the nearest claim edge inward.

export const CLAIM_SELECTOR = '[data-testid="claim"][data-start]';

function claimAround(node: Node, root: Element): HTMLElement | null {
  const element = node instanceof Element ? node : node.parentElement;
  const claim = element?.closest<HTMLElement>(CLAIM_SELECTOR) ?? null;
  return claim && root.contains(claim) ? claim : null;
}

const startOf = (claim: HTMLElement) => Number(claim.dataset.start);
const endOf = (claim: HTMLElement) => Number(claim.dataset.end);

function toOffset(root: Element, claims: HTMLElement[], node: Node, offset: number, edge: 'start' | 'end'): number | null {
  const claim = claimAround(node, root);
  if (claim) {
    const before = document.createRange();
    before.setStart(claim, 0);
    before.setEnd(node, offset);
    return startOf(claim) + before.toString().length;
  }
  const point = document.createRange();
  point.setStart(node, offset);
  point.collapse(true);
  if (edge === 'start') {
    // The first claim that begins at or after the point.
    const next = claims.find((c) => point.comparePoint(c, 0) >= 0);
    return next ? startOf(next) : null;
  }
  // The last claim that ends at or before the point.
  const previous = claims.findLast((c) => point.comparePoint(c, c.childNodes.length) <= 0);
  return previous ? endOf(previous) : null;
}

/** Canonical [start, end) of the current selection inside `root`, or null when there is nothing to annotate. */
export function selectionToOffsets(root: Element, selection: Selection | null): { start: number; end: number } | null {
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
  const range = selection.getRangeAt(0);
  if (!range.intersectsNode(root)) return null;
  const claims = [...root.querySelectorAll<HTMLElement>(CLAIM_SELECTOR)];
  const start = toOffset(root, claims, range.startContainer, range.startOffset, 'start');
  const end = toOffset(root, claims, range.endContainer, range.endOffset, 'end');
  if (start === null || end === null || end <= start) return null;
  return { start, end };
}

/** Where to put things next to the selection: the last line box of it, relative to `container`. */
export function selectionAnchorPoint(container: Element, selection: Selection | null): { top: number; left: number; width: number } | null {
  if (!selection || selection.rangeCount === 0) return null;
  const rects = selection.getRangeAt(0).getClientRects();
  const last = rects[rects.length - 1];
  if (!last) return null;
  const box = container.getBoundingClientRect();
  return { top: last.bottom - box.top, left: last.right - box.left, width: box.width };
}
