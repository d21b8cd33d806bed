'use client';

import { useCallback, useEffect, useRef, useState, type PointerEvent as ReactPointerEvent, type RefObject } from 'react';
import { containsRect, viewportRect, type TRect, type TTransform } from '@/lib/domain/argument-map';

/** What the map renders: the nodes inside `rect` (map units), with labels when `isDetailed`. */
export type TViewWindow = { rect: TRect; isDetailed: boolean };

// Low enough to fit a 2,000-argument debate (about 50,000 units tall) on one screen as an overview.
const MIN_SCALE = 0.01;
const MAX_SCALE = 3;
// Below this scale labels are unreadable anyway; dropping them keeps a zoomed-out map light.
const DETAIL_SCALE = 0.45;
// The rendered window reaches one screen beyond every edge: panning inside it, or zooming out up
// to 3×, re-renders nothing; only leaving it does.
const OVERSCAN = 1;
// A press that moves less than this is a click, not a drag.
const DRAG_THRESHOLD = 4;
// Before the first measurement (and on the server): a typical laptop viewport.
const DEFAULT_SCREEN = { width: 1200, height: 700 };

const clampScale = (k: number): number => Math.min(MAX_SCALE, Math.max(MIN_SCALE, k));

/**
 * Pan (drag) and zoom (wheel, buttons) without a React render per frame: the transform lives in
 * a ref and is written straight onto the `<g>`'s transform attribute, once per animation frame.
 * React only hears about it (`view`) when the screen leaves the window last rendered, or crosses
 * the scale where labels come and go.
 */
export function usePanZoom(svgRef: RefObject<SVGSVGElement | null>, layerRef: RefObject<SVGGElement | null>, initial: TTransform) {
  const transform = useRef<TTransform>(initial);
  const screen = useRef(DEFAULT_SCREEN);
  const [view, setView] = useState<TViewWindow>(() => ({
    rect: viewportRect(initial, DEFAULT_SCREEN, OVERSCAN),
    isDetailed: initial.k >= DETAIL_SCALE,
  }));
  const viewRef = useRef(view);
  const frame = useRef<number | null>(null);
  const drag = useRef<{ pointerId: number; startX: number; startY: number; from: TTransform; isDragging: boolean } | null>(null);
  const wasDragged = useRef(false);

  const sync = useCallback(() => {
    frame.current = null;
    const t = transform.current;
    layerRef.current?.setAttribute('transform', `translate(${t.x} ${t.y}) scale(${t.k})`);
    const isDetailed = t.k >= DETAIL_SCALE;
    if (isDetailed !== viewRef.current.isDetailed || !containsRect(viewRef.current.rect, viewportRect(t, screen.current))) {
      viewRef.current = { rect: viewportRect(t, screen.current, OVERSCAN), isDetailed };
      setView(viewRef.current);
    }
  }, [layerRef]);

  const setTransform = useCallback(
    (next: TTransform) => {
      transform.current = { ...next, k: clampScale(next.k) };
      if (frame.current === null) frame.current = requestAnimationFrame(sync);
    },
    [sync],
  );

  /** Zooms by `factor` keeping the screen point (px, py) still (the centre when omitted). */
  const zoomBy = useCallback(
    (factor: number, px = screen.current.width / 2, py = screen.current.height / 2) => {
      const t = transform.current;
      const k = clampScale(t.k * factor);
      setTransform({ k, x: px - ((px - t.x) * k) / t.k, y: py - ((py - t.y) * k) / t.k });
    },
    [setTransform],
  );

  /** Puts the map point (x, y) in the middle of the screen, at the current scale. */
  const centerOn = useCallback(
    (x: number, y: number) => {
      const { k } = transform.current;
      setTransform({ k, x: screen.current.width / 2 - x * k, y: screen.current.height / 2 - y * k });
    },
    [setTransform],
  );

  /** True when the map point (x, y) is on screen, `inset` screen pixels from the edges. */
  const isOnScreen = useCallback((x: number, y: number, inset = 24) => {
    const t = transform.current;
    const sx = x * t.k + t.x;
    const sy = y * t.k + t.y;
    return sx >= inset && sy >= inset && sx <= screen.current.width - inset && sy <= screen.current.height - inset;
  }, []);

  /** Shows a `width` × `height` map whole (never enlarged past 1:1). */
  const fit = useCallback(
    (width: number, height: number) => {
      const k = clampScale(Math.min(1, screen.current.width / width, screen.current.height / height));
      setTransform({ k, x: (screen.current.width - width * k) / 2, y: Math.max(0, (screen.current.height - height * k) / 2) });
    },
    [setTransform],
  );

  // The screen size, and the wheel: React's onWheel is passive, and a zoom must keep the page still.
  useEffect(() => {
    const svg = svgRef.current;
    if (!svg) return;
    const observer = new ResizeObserver(([entry]) => {
      if (!entry) return;
      screen.current = {
        width: entry.contentRect.width || DEFAULT_SCREEN.width,
        height: entry.contentRect.height || DEFAULT_SCREEN.height,
      };
      setTransform(transform.current);
    });
    observer.observe(svg);
    const onWheel = (event: WheelEvent) => {
      event.preventDefault();
      const box = svg.getBoundingClientRect();
      const delta = event.deltaMode === 1 ? event.deltaY * 16 : event.deltaY;
      zoomBy(Math.exp(-delta * 0.0015), event.clientX - box.left, event.clientY - box.top);
    };
    svg.addEventListener('wheel', onWheel, { passive: false });
    return () => {
      observer.disconnect();
      svg.removeEventListener('wheel', onWheel);
      if (frame.current !== null) cancelAnimationFrame(frame.current);
      frame.current = null;
    };
  }, [svgRef, setTransform, zoomBy]);

  // Pointer capture starts only once the press becomes a drag, so a plain click still reaches the node.
  const pointerHandlers = {
    onPointerDown(event: ReactPointerEvent<SVGSVGElement>) {
      if (event.button !== 0) return;
      wasDragged.current = false;
      drag.current = {
        pointerId: event.pointerId,
        startX: event.clientX,
        startY: event.clientY,
        from: transform.current,
        isDragging: false,
      };
    },
    onPointerMove(event: ReactPointerEvent<SVGSVGElement>) {
      const d = drag.current;
      if (!d || d.pointerId !== event.pointerId) return;
      const dx = event.clientX - d.startX;
      const dy = event.clientY - d.startY;
      if (!d.isDragging && Math.hypot(dx, dy) < DRAG_THRESHOLD) return;
      if (!d.isDragging) {
        d.isDragging = true;
        event.currentTarget.setPointerCapture(event.pointerId);
      }
      setTransform({ k: d.from.k, x: d.from.x + dx, y: d.from.y + dy });
    },
    onPointerUp(event: ReactPointerEvent<SVGSVGElement>) {
      const d = drag.current;
      if (!d || d.pointerId !== event.pointerId) return;
      wasDragged.current = d.isDragging;
      if (d.isDragging) event.currentTarget.releasePointerCapture(event.pointerId);
      drag.current = null;
    },
    onPointerCancel() {
      drag.current = null;
    },
  };

  const reset = useCallback(() => setTransform(initial), [setTransform, initial]);
  return { view, pointerHandlers, zoomBy, centerOn, isOnScreen, fit, reset, wasDragged: () => wasDragged.current };
}
