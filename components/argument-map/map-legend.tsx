import type { TMapEdgeKind } from '@/lib/domain/argument-map';
import { EDGE_STYLE } from './map-shapes';

const KINDS: TMapEdgeKind[] = ['SUPPORT', 'REBUT', 'UNDERCUT'];

/** The three relations as drawn, each with its line style and end marker (the map's own markers: ids are unique per page). */
export function MapLegend() {
  return (
    <figure className="text-sm">
      <figcaption className="sr-only">Legend</figcaption>
      <ul className="flex flex-wrap gap-x-6 gap-y-1">
        {KINDS.map((kind) => {
          const style = EDGE_STYLE[kind];
          return (
            <li key={kind} className="flex items-center gap-2">
              <svg width="56" height="14" aria-hidden="true">
                <path
                  d="M54,7 L4,7"
                  stroke={style.stroke}
                  strokeWidth={1.6}
                  strokeDasharray={style.dash}
                  markerEnd={`url(#${style.marker})`}
                  fill="none"
                />
              </svg>
              {style.label}
            </li>
          );
        })}
        <li className="text-stone-600">Circle size: impact (arguments), strength (claims)</li>
      </ul>
    </figure>
  );
}
