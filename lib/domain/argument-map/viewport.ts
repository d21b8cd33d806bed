import type { TMapEdge, TMapLayout, TMapNode, TRect } from './types';

/** A pan-and-zoom transform: screen = map · k + (x, y). */
export type TTransform = { x: number; y: number; k: number };

/**
 * The part of the map a screen of `width` × `height` pixels shows under `transform`, grown by
 * `overscan` screens on every side (0 = exactly what is on screen).
 *
 * @example
 * viewportRect({ x: -100, y: -30, k: 2 }, { width: 800, height: 600 }); // { x: 50, y: 15, width: 400, height: 300 }
 */
export function viewportRect(transform: TTransform, screen: { width: number; height: number }, overscan = 0): TRect {
  const width = screen.width / transform.k;
  const height = screen.height / transform.k;
  return {
    x: -transform.x / transform.k - overscan * width,
    y: -transform.y / transform.k - overscan * height,
    width: width * (1 + 2 * overscan),
    height: height * (1 + 2 * overscan),
  };
}

/** True when `inner` lies entirely inside `outer`. */
export function containsRect(outer: TRect, inner: TRect): boolean {
  return (
    inner.x >= outer.x &&
    inner.y >= outer.y &&
    inner.x + inner.width <= outer.x + outer.width &&
    inner.y + inner.height <= outer.y + outer.height
  );
}

function overlaps(rect: TRect, x0: number, y0: number, x1: number, y1: number): boolean {
  return x1 >= rect.x && x0 <= rect.x + rect.width && y1 >= rect.y && y0 <= rect.y + rect.height;
}

/**
 * What to draw for `rect`: the nodes whose box (circle and label) reaches into it, and the edges
 * whose bounding box does. One pass over the layout, so culling 2,000 nodes costs well under a millisecond.
 */
export function visibleIn(layout: TMapLayout, rect: TRect): { nodes: TMapNode[]; edges: TMapEdge[] } {
  return {
    nodes: layout.nodes.filter((n) => overlaps(rect, n.box.x, n.box.y, n.box.x + n.box.width, n.box.y + n.box.height)),
    edges: layout.edges.filter((e) =>
      overlaps(rect, Math.min(e.x1, e.x2), Math.min(e.y1, e.y2), Math.max(e.x1, e.x2), Math.max(e.y1, e.y2)),
    ),
  };
}

/**
 * Where a key moves the focus from node `id`, as in a tree view: Down / Up to the next / previous
 * node in reading order, Right to the first reply, Left to what the node answers, Home / End to
 * the first / last node. Null when there is nowhere to go (or for any other key).
 */
export function neighbourId(layout: TMapLayout, id: string, key: string): string | null {
  const node = layout.byId.get(id);
  if (!node) return null;
  const at = layout.nodes.indexOf(node);
  switch (key) {
    case 'ArrowDown':
      return layout.nodes[at + 1]?.id ?? null;
    case 'ArrowUp':
      return layout.nodes[at - 1]?.id ?? null;
    case 'ArrowRight':
      return node.childIds[0] ?? null;
    case 'ArrowLeft':
      return node.parentId;
    case 'Home':
      return layout.nodes[0]?.id ?? null;
    case 'End':
      return layout.nodes[layout.nodes.length - 1]?.id ?? null;
    default:
      return null;
  }
}
