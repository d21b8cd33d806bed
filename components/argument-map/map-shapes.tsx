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

// Characters that fit a label: the box's width right of the circle over an average glyph width.
function labelChars(node: TMapNode): number {
  const glyph = node.kind === 'claim' ? 7.2 : 6.3;
  return Math.floor((node.box.x + node.box.width - node.x - node.radius - 10) / glyph);
}

/** The end markers, shared by the map and its legend. */
export function MarkerDefs() {
  return (
    <defs>
      <marker
        id="map-arrow"
        viewBox="0 0 10 10"
        refX="11"
        refY="5"
        markerWidth="9"
        markerHeight="9"
        markerUnits="userSpaceOnUse"
        orient="auto"
      >
        <path d="M0,0 L10,5 L0,10 z" fill={EDGE_STYLE.SUPPORT.stroke} />
      </marker>
      <marker
        id="map-bar"
        viewBox="0 0 10 10"
        refX="11"
        refY="5"
        markerWidth="10"
        markerHeight="10"
        markerUnits="userSpaceOnUse"
        orient="auto"
      >
        <path d="M8,0 L8,10" stroke={EDGE_STYLE.REBUT.stroke} strokeWidth="2.5" />
      </marker>
      <marker
        id="map-ring"
        viewBox="0 0 10 10"
        refX="10"
        refY="5"
        markerWidth="9"
        markerHeight="9"
        markerUnits="userSpaceOnUse"
        orient="auto"
      >
        <circle cx="5" cy="5" r="3.5" fill="white" stroke={EDGE_STYLE.UNDERCUT.stroke} strokeWidth="1.8" />
      </marker>
    </defs>
  );
}

/** What a screen reader hears for a node: its kind, its text and its strength. */
export function describeNode(node: TMapNode): string {
  const kind = node.kind === 'claim' ? 'Claim' : RELATION_LABELS[node.relation ?? 'SUPPORT'];
  return `${kind}: ${node.text} Strength ${node.strength === null ? (node.kind === 'claim' ? 'withheld until you rate it' : 'not counted') : percent(node.strength)}${node.isContested ? ', contested' : ''}.`;
}

const truncate = (text: string, chars: number): string => (text.length > chars ? `${text.slice(0, chars - 1).trimEnd()}…` : text);

/** A claim's label on two lines: broken at the last space that fits, the rest truncated. */
function twoLines(text: string, chars: number): [string, string] {
  if (text.length <= chars) return [text, ''];
  const cut = text.lastIndexOf(' ', chars);
  const at = cut > chars / 2 ? cut : chars;
  return [text.slice(0, at).trimEnd(), truncate(text.slice(at).trimStart(), chars)];
}

/** One node: focusable, a button that opens the side panel (events are handled on the layer). */
export const MapNodeShape = memo(function MapNodeShape({
  node,
  isSelected,
  isDetailed,
}: {
  node: TMapNode;
  isSelected: boolean;
  isDetailed: boolean;
}) {
  const colours = NODE_FILL[node.relation ?? 'CLAIM'];
  const { box } = node;
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
      className="cursor-pointer outline-none [&:focus-visible>rect]:stroke-sky-600 [&:focus-visible>rect]:[stroke-width:3]"
    >
      <title>{node.text}</title>
      <rect
        x={box.x - node.x}
        y={box.y - node.y}
        width={box.width}
        height={box.height}
        rx={6}
        fill={node.kind === 'claim' ? colours.fill : 'white'}
        stroke={isSelected ? '#0c0a09' : colours.stroke}
        strokeOpacity={isSelected ? 1 : 0.45}
        strokeWidth={isSelected ? 2.5 : 1}
      />
      <circle r={node.radius} fill={colours.fill} stroke={colours.stroke} strokeWidth={node.kind === 'claim' ? 2.5 : 1.8} />
      {isDetailed ? <Label node={node} /> : null}
    </g>
  );
});

function Label({ node }: { node: TMapNode }) {
  const x = node.radius + 6;
  if (node.kind === 'argument') {
    return (
      <text x={x} y={4} fontSize={12} fill="#1c1917" className="select-none">
        {truncate(node.text, labelChars(node))}
      </text>
    );
  }
  const [first, second] = twoLines(node.text, labelChars(node));
  return (
    <text x={x} y={second ? -3 : 4} fontSize={13} fontWeight={600} fill="#1c1917" className="select-none">
      {first}
      {second ? (
        <tspan x={x} dy={15}>
          {second}
        </tspan>
      ) : null}
    </text>
  );
}

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
