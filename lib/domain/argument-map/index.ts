// The argument map, as pure functions over plain data: which part of a debate to draw
// (filterDebate), where everything goes (layoutMap), what is on screen (viewportRect, visibleIn)
// and where the keyboard moves the focus (neighbourId).
export { byImpact, edgeKindOf } from './debate-forest';
export { filterDebate, NO_MAP_FILTERS } from './filter-debate';
export type { TMapFilters } from './filter-debate';
export { layoutMap, MAP_METRICS } from './layout-map';
export { containsRect, neighbourId, viewportRect, visibleIn } from './viewport';
export type { TTransform } from './viewport';
export type { TMapArgument, TMapClaim, TMapEdge, TMapEdgeKind, TMapInput, TMapLayout, TMapNode, TMapSection, TRect } from './types';
