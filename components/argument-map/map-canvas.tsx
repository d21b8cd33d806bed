'use client';

import { useEffect, useMemo, useRef, useState, type FocusEvent, type KeyboardEvent, type MouseEvent } from 'react';
import { MAP_METRICS, neighbourId, visibleIn, type TMapLayout, type TTransform } from '@/lib/domain/argument-map';
import { MapEdgeShape, MapNodeShape, MarkerDefs, SectionBand } from './map-shapes';
import { usePanZoom } from './use-pan-zoom';

const INITIAL: TTransform = { x: 0, y: 0, k: 1 };

const nodeIdOf = (target: EventTarget): string | null =>
  target instanceof Element ? (target.closest('[data-node-id]')?.getAttribute('data-node-id') ?? null) : null;

type TProps = { layout: TMapLayout; selectedId: string | null; onOpen: (id: string) => void };

/**
 * The map as SVG. Only what lies in the rendered window is in the DOM (see usePanZoom); node
 * events are handled once, on the layer, so node elements carry no handlers and stay memoized.
 * Keyboard: Tab and arrow keys move between nodes (arrows as in a tree view), Enter or Space
 * opens one; a node focused off screen is brought to the middle.
 */
export function MapCanvas({ layout, selectedId, onOpen }: TProps) {
  const svgRef = useRef<SVGSVGElement>(null);
  const layerRef = useRef<SVGGElement>(null);
  const pendingFocus = useRef<string | null>(null);
  const { view, pointerHandlers, zoomBy, centerOn, isOnScreen, fit, reset, wasDragged } = usePanZoom(svgRef, layerRef, INITIAL);
  const visible = useMemo(() => visibleIn(layout, view.rect), [layout, view.rect]);
  // Server-rendered nodes show before they respond; this says when they do (tests and bench:map wait for it).
  const [isHydrated, setIsHydrated] = useState(false);
  useEffect(() => setIsHydrated(true), []);

  // A filter change redraws a different map: start again from its top-left corner.
  const shownLayout = useRef(layout);
  useEffect(() => {
    if (shownLayout.current === layout) return;
    shownLayout.current = layout;
    reset();
  }, [layout, reset]);

  const focusPending = () => {
    const id = pendingFocus.current;
    if (id === null) return;
    const element = svgRef.current?.querySelector<SVGGElement>(`[data-node-id="${CSS.escape(id)}"]`);
    if (!element) return;
    pendingFocus.current = null;
    // The SVG's container clips; letting the browser scroll it would undo the pan.
    element.focus({ preventScroll: true });
  };
  // A node moved to by keyboard may only exist after the render its pan causes.
  useEffect(focusPending);

  const bringIntoView = (id: string) => {
    const node = layout.byId.get(id);
    if (node && !isOnScreen(node.x, node.y)) centerOn(node.x, node.y);
  };

  const onKeyDown = (event: KeyboardEvent<SVGGElement>) => {
    const id = nodeIdOf(event.target);
    if (id === null) return;
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      onOpen(id);
      return;
    }
    const next = neighbourId(layout, id, event.key);
    if (next === null) return;
    event.preventDefault();
    bringIntoView(next);
    pendingFocus.current = next;
    focusPending();
  };

  const onClick = (event: MouseEvent<SVGGElement>) => {
    const id = nodeIdOf(event.target);
    if (id !== null && !wasDragged()) onOpen(id);
  };

  const onFocus = (event: FocusEvent<SVGGElement>) => {
    const id = nodeIdOf(event.target);
    if (id !== null) bringIntoView(id);
  };

  const buttonClass = 'h-8 min-w-8 rounded border border-stone-300 bg-white px-2 text-sm shadow-sm hover:bg-stone-100';
  return (
    <div className="relative h-[70vh] min-h-96 overflow-hidden rounded border border-stone-200 bg-stone-50">
      <div className="absolute right-2 top-2 z-10 flex gap-1" role="toolbar" aria-label="Zoom">
        <button type="button" className={buttonClass} aria-label="Zoom in" onClick={() => zoomBy(1.4)}>
          +
        </button>
        <button type="button" className={buttonClass} aria-label="Zoom out" onClick={() => zoomBy(1 / 1.4)}>
          −
        </button>
        <button type="button" className={buttonClass} onClick={() => fit(layout.width, layout.height)}>
          Fit
        </button>
        <button type="button" className={buttonClass} onClick={reset}>
          1:1
        </button>
      </div>
      <svg
        ref={svgRef}
        className="h-full w-full cursor-grab touch-none select-none active:cursor-grabbing"
        role="group"
        aria-label={`Argument map: ${layout.rootIds.length} claims, ${layout.nodes.length - layout.rootIds.length} arguments. Drag to pan, scroll or use the buttons to zoom.`}
        data-testid="argument-map"
        data-rendered-nodes={visible.nodes.length}
        data-hydrated={isHydrated}
        {...pointerHandlers}
      >
        <MarkerDefs />
        <g
          ref={layerRef}
          transform={`translate(${INITIAL.x} ${INITIAL.y}) scale(${INITIAL.k})`}
          onKeyDown={onKeyDown}
          onClick={onClick}
          onFocus={onFocus}
        >
          {layout.sections.map((section) => (
            <SectionBand key={section.order} section={section} width={Math.max(layout.width, MAP_METRICS.column * 4)} />
          ))}
          <g>
            {visible.edges.map((edge) => (
              <MapEdgeShape key={edge.from} edge={edge} />
            ))}
          </g>
          <g>
            {visible.nodes.map((node) => (
              <MapNodeShape key={node.id} node={node} isSelected={node.id === selectedId} isDetailed={view.isDetailed} />
            ))}
          </g>
        </g>
      </svg>
      {layout.nodes.length === 0 ? (
        <p className="absolute inset-x-0 top-1/3 text-center text-stone-500">Nothing matches these filters.</p>
      ) : null}
    </div>
  );
}
