'use client';
import { useEffect, useState } from 'react';

export type TLazyModule<T> = { value: T | null; hasFailed: boolean };

/**
 * What `load` resolves to (typically a component from a dynamic `import()`, so its code stays out
 * of the page's first load), loaded once the caller is mounted in the browser — in parallel with
 * whatever else the page asks for then. `load` must be a module-level function; null loads nothing
 * (a reader who cannot use the component).
 *
 * Not next/dynamic: that renders the component through a Suspense boundary, and React holds a
 * boundary's revealed content until 300 ms after its fallback appeared (its fallback throttle),
 * however soon the code arrives. The reader's notes list and its composer each appeared ~300 ms
 * late that way. Here nothing suspends: callers draw their own "loading" state until `value`.
 */
export function useLazyModule<T>(load: (() => Promise<T>) | null): TLazyModule<T> {
  const [state, setState] = useState<TLazyModule<T>>({ value: null, hasFailed: false });
  useEffect(() => {
    if (load === null) return;
    let isMounted = true;
    load().then(
      (value) => isMounted && setState({ value, hasFailed: false }),
      () => isMounted && setState({ value: null, hasFailed: true }),
    );
    return () => {
      isMounted = false;
    };
  }, [load]);
  return state;
}
