import type { TOpinionMapView } from '@/lib/server/queries/opinion/get-opinion-map-for-viewer';
import { groupColor } from './group-colors';

type TOpen = Extract<TOpinionMapView, { state: 'open' }>;
type TProps = { groups: TOpen['groups']; members: TOpen['members'] };

const WIDTH = 640;
const HEIGHT = 420;
const PAD = 28;

/**
 * The members as dots in the 2-D projection, each group inside its convex hull, "you" ringed.
 * Plain SVG drawn on the server: nothing to load in the browser. The axes have no units (they are
 * the two principal components), so the drawing is scaled to fit and up is the second component.
 */
export function OpinionMapChart({ groups, members }: TProps) {
  const points = [...members, ...groups.flatMap((g) => g.hull)];
  const xs = points.map((p) => p.x);
  const ys = points.map((p) => p.y);
  const [minX, maxX, minY, maxY] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  // One scale for both axes, so distances mean the same in every direction.
  const scale = Math.min((WIDTH - 2 * PAD) / Math.max(maxX - minX, 1e-9), (HEIGHT - 2 * PAD) / Math.max(maxY - minY, 1e-9));
  const offsetX = (WIDTH - (maxX - minX) * scale) / 2;
  const offsetY = (HEIGHT - (maxY - minY) * scale) / 2;
  const sx = (x: number) => offsetX + (x - minX) * scale;
  const sy = (y: number) => HEIGHT - (offsetY + (y - minY) * scale);
  const you = members.find((m) => m.isViewer);
  return (
    <svg
      viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
      role="img"
      aria-labelledby="opinion-map-chart-title"
      className="w-full rounded border border-stone-200 bg-white"
      data-testid="opinion-map-chart"
    >
      <title id="opinion-map-chart-title">
        {`${members.length} members in ${groups.length} opinion groups${you ? `; you are in group ${you.group}` : ''}`}
      </title>
      {groups.map((group) => {
        const color = groupColor(group.label);
        return (
          <g key={group.label} data-group={group.label}>
            <polygon
              points={group.hull.map((p) => `${sx(p.x)},${sy(p.y)}`).join(' ')}
              fill={color.fill}
              fillOpacity={0.55}
              stroke={color.stroke}
              strokeWidth={group.hull.length < 3 ? 18 : 2}
              strokeLinejoin="round"
            />
            <text
              x={sx(group.centroid.x)}
              y={sy(group.centroid.y) - 14}
              textAnchor="middle"
              className="fill-stone-800 text-sm font-semibold"
            >
              {group.label}
            </text>
          </g>
        );
      })}
      {members.map((member) => (
        <circle
          key={member.person.handle}
          cx={sx(member.x)}
          cy={sy(member.y)}
          r={member.isViewer ? 7 : 5}
          fill={groupColor(member.group).stroke}
          stroke={member.isViewer ? '#0c0a09' : 'white'}
          strokeWidth={member.isViewer ? 3 : 1.5}
        >
          <title>{`${member.isViewer ? 'You' : member.person.name} · group ${member.group}`}</title>
        </circle>
      ))}
      {you ? (
        <text x={sx(you.x) + 11} y={sy(you.y) + 4} className="fill-stone-950 text-xs font-semibold" data-testid="opinion-map-you">
          you
        </text>
      ) : null}
    </svg>
  );
}
