'use client';
import { useEffect, useState } from 'react';
import type { ThreadList } from '@/components/annotation/thread-list';

export type TLazyThreadList = { ThreadList: typeof ThreadList | null; hasFailed: boolean };

/**
 * The thread list's code (and its virtualizer), loaded once the sidebar is in the browser — in
 * parallel with the first page of threads — and kept out of the reader's first-load JavaScript.
 *
 * Not next/dynamic: its Suspense fallback, shown when the list first rendered, made React hold
 * the list back until 300 ms after that fallback (React's fallback throttle) even when the code
 * arrived at once, so every reader page drew its first notes ~300 ms late. Here nothing suspends:
 * the sidebar says "Loading notes…" until both the code and the page are in.
 */
export function useLazyThreadList(): TLazyThreadList {
  const [state, setState] = useState<TLazyThreadList>({ ThreadList: null, hasFailed: false });
  useEffect(() => {
    let isMounted = true;
    import('@/components/annotation/thread-list').then(
      (module) => isMounted && setState({ ThreadList: module.ThreadList, hasFailed: false }),
      () => isMounted && setState({ ThreadList: null, hasFailed: true }),
    );
    return () => {
      isMounted = false;
    };
  }, []);
  return state;
}
