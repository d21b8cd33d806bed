'use client';
import { useCallback, useEffect, useState, type RefObject } from 'react';
import { selectionAnchorPoint, selectionToOffsets } from '@/components/annotation/selection-offsets';

/** A selection in canonical offsets, with where to show things next to it (px, in the essay column). */
export type TPlacedSelection = { start: number; end: number; top: number; left: number; width: number };

/**
 * The reader's current selection in the essay, or null. While the mouse is down the selection is
 * still being made, so it is read on release (and on every change made from the keyboard).
 */
export function useReaderSelection(readerRef: RefObject<HTMLElement | null>, columnRef: RefObject<HTMLElement | null>, isEnabled: boolean) {
  const [selection, setSelection] = useState<TPlacedSelection | null>(null);
  // The state trails the DOM by a frame (updates are batched per animation frame); a keyboard
  // shortcut pressed right after the last Shift+Arrow must act on the selection as it is now.
  const readNow = useCallback((): TPlacedSelection | null => {
    const root = readerRef.current;
    const column = columnRef.current;
    if (!root || !column) return null;
    const current = document.getSelection();
    const offsets = selectionToOffsets(root, current);
    const at = offsets ? selectionAnchorPoint(column, current) : null;
    return offsets && at ? { ...offsets, ...at } : null;
  }, [readerRef, columnRef]);
  useEffect(() => {
    if (!isEnabled) return;
    let isPointerDown = false;
    let frame = 0;
    const update = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => setSelection(readNow()));
    };
    const onDown = () => {
      isPointerDown = true;
    };
    const onUp = () => {
      isPointerDown = false;
      update();
    };
    const onChange = () => {
      if (!isPointerDown) update();
    };
    document.addEventListener('pointerdown', onDown);
    document.addEventListener('pointerup', onUp);
    document.addEventListener('selectionchange', onChange);
    return () => {
      cancelAnimationFrame(frame);
      document.removeEventListener('pointerdown', onDown);
      document.removeEventListener('pointerup', onUp);
      document.removeEventListener('selectionchange', onChange);
    };
  }, [readNow, isEnabled]);
  return [selection, setSelection, readNow] as const;
}

/**
 * Chromium only lets a mouse drag grow a selection that "has focus". A press at a sentence's
 * first letter puts the caret just before the sentence's element, outside it, while the press
 * focuses that (tabbable) element: the drag then selects nothing, and a drag backwards into the
 * previous sentence stops short. So a press must not focus a sentence: it stops being focusable
 * for the press and is tabbable again in the next task. Keyboard users are unaffected.
 */
export function keepPressFromFocusing(claim: HTMLElement): void {
  claim.removeAttribute('tabindex');
  setTimeout(() => claim.setAttribute('tabindex', '0'), 0);
}

const EXTENDING_KEYS = ['ArrowRight', 'ArrowLeft', 'Home', 'End'];

/**
 * Shift+arrows (Ctrl/Alt for words, Home/End for the line) on a focused sentence. Text that is
 * not editable has no caret, so the browser would do nothing: start from the sentence's edge (or
 * keep extending a selection already in the essay) ourselves. Returns whether it handled the key.
 */
export function extendSelectionByKey(
  event: { key: string; shiftKey: boolean; ctrlKey: boolean; altKey: boolean },
  claim: HTMLElement,
  root: HTMLElement,
): boolean {
  if (!event.shiftKey || !EXTENDING_KEYS.includes(event.key)) return false;
  const current = document.getSelection();
  if (!current) return false;
  const isForward = event.key === 'ArrowRight' || event.key === 'End';
  const anchor = current.anchorNode;
  const isFresh = current.rangeCount === 0 || anchor === null || (current.isCollapsed ? !claim.contains(anchor) : !root.contains(anchor));
  if (isFresh) current.collapse(claim, isForward ? 0 : claim.childNodes.length);
  const granularity = event.key === 'Home' || event.key === 'End' ? 'lineboundary' : event.ctrlKey || event.altKey ? 'word' : 'character';
  current.modify('extend', isForward ? 'forward' : 'backward', granularity);
  return true;
}
