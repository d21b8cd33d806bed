import { memo } from 'react';
import { RELATION_LABELS, percent } from '@/components/argument/labels';
import type { TMapEdge, TMapEdgeKind, TMapNode, TMapSection } from '@/lib/domain/argument-map';

/** Line style, colour and end marker per relation: each is told apart by line style and marker alone. */
export const EDGE_STYLE: Record<TMapEdgeKind, { stroke: string; dash: string | undefined; marker: string; label: string }> = {
  SUPPORT: { stroke: '#15803d', dash: undefined, marker: 'map-arrow', label: 'Supports (solid line, arrow)' },
  REBUT: { stroke: '#b91c1c', dash: '7 5', marker: 'map-bar', label: 'Rebuts (dashed line, bar)' },
  UNDERCUT: { stroke: '#c2410c', dash: '1.5 4', marker: 'map-ring', label: 'Undercuts (dotted line, ring)' },
};

const NODE_FILL: Record<TMapEdgeKind | 'CLAIM', { fill: string; stroke: string }> = {
  CLAIM: { fill: '#fef3c7', stroke: '#b45309' },
  SUPPORT: { fill: '#f0fdf4', stroke: '#15803d' },
  REBUT: { fill: '#fef2f2', stroke: '#b91c1c' },
  UNDERCUT: { fill: '#fff7ed', stroke: '#c2410c' },
};

const LABEL_CHARS = 34;

/** The end markers, shared by the map and its legend. */
export function MarkerDefs() {
  return (
    <defs>
      <marker id="map-arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="9" markerHeight="9" markerUnits="userSpaceOnUse" orient="auto">
        <path d="M0,0 L10,5 L0,10 z" fill={EDGE_STYLE.SUPPORT.stroke} />
      </marker>
      <marker id="map-bar" viewBox="0 0 10 10" refX="8" refY="5" markerWidth="10" markerHeight="10" markerUnits="userSpaceOnUse" orient="auto">
        <path d="M8,0 L8,10" stroke={EDGE_STYLE.REBUT.stroke} strokeWidth="2.5" />
      </marker>
      <marker id="map-ring" viewBox="0 0 10 10" refX="7" refY="5" markerWidth="9" markerHeight="9" markerUnits="userSpaceOnUse" orient="auto">
        <circle cx="5" cy="5" r="3.5" fill="white" stroke={EDGE_STYLE.UNDERCUT.stroke} strokeWidth="1.8" />
      </marker>
    </defs>
  );
}

/** What a screen reader hears for a node: its kind, its text and its strength. */
export function describeNode(node: TMapNode): string {
  const kind = node.kind === 'claim' ? 'Claim' : RELATION_LABELS[node.relation ?? 'SUPPORT'];
  return `${kind}: ${node.text} Strength ${percent(node.strength)}${node.isContested ? ', contested' : ''}.`;
}

const truncate = (text: string): string => (text.length > LABEL_CHARS ? `${text.slice(0, LABEL_CHARS - 1).trimEnd()}…` : text);

/** One node: focusable, a button that opens the side panel (events are handled on the layer). */
export const MapNodeShape = memo(function MapNodeShape({ node, isSelected, isDetailed }: { node: TMapNode; isSelected: boolean; isDetailed: boolean }) {
  const colours = NODE_FILL[node.relation ?? 'CLAIM'];
  return (
    <g
      transform={`translate(${node.x} ${node.y})`}
      tabIndex={0}
      role="button"
      aria-label={describeNode(node)}
      aria-pressed={isSelected}
      data-testid="map-node"
      data-node-id={node.id}
      data-kind={node.kind}
      className="cursor-pointer outline-none [&:focus-visible>circle]:stroke-sky-600 [&:focus-visible>circle]:[stroke-width:4]"
    >
      <title>{node.text}</title>
      <circle r={node.radius} fill={colours.fill} stroke={isSelected ? '#0c0a09' : colours.stroke} strokeWidth={node.kind === 'claim' || isSelected ? 3 : 1.8} />
      {isDetailed ? (
        <text x={node.radius + 5} y={4} fontSize={node.kind === 'claim' ? 13 : 12} fontWeight={node.kind === 'claim' ? 600 : 400} fill="#1c1917" stroke="#fafaf9" strokeWidth={3} paintOrder="stroke" className="pointer-events-none select-none">
          {truncate(node.text)}
        </text>
      ) : null}
    </g>
  );
});

/** An argument's edge to its target: a horizontal S-curve ending in its relation's marker. */
export const MapEdgeShape = memo(function MapEdgeShape({ edge }: { edge: TMapEdge }) {
  const style = EDGE_STYLE[edge.kind];
  const mid = (edge.x1 + edge.x2) / 2;
  return (
    <path
      d={`M${edge.x1},${edge.y1} C${mid},${edge.y1} ${mid},${edge.y2} ${edge.x2},${edge.y2}`}
      fill="none"
      stroke={style.stroke}
      strokeWidth={1.6}
      strokeDasharray={style.dash}
      markerEnd={`url(#${style.marker})`}
      data-testid="map-edge"
      data-kind={edge.kind}
      data-from={edge.from}
      data-to={edge.to}
    />
  );
});

/** A section's band: a faint background and its heading. */
export function SectionBand({ section, width }: { section: TMapSection; width: number }) {
  return (
    <g aria-hidden="true">
      <rect x={0} y={section.y} width={width} height={section.height} fill={section.order % 2 ? '#f5f5f4' : '#fafaf9'} />
      <text x={16} y={section.y + 32} fontSize={18} fontWeight={600} fill="#57534e" className="select-none">
        {section.title ?? 'Opening'}
      </text>
    </g>
  );
}
