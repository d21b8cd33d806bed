'use client';
import { useCallback, useEffect, useReducer, useRef } from 'react';
import type { TThreadPage } from '@/lib/schemas/thread';
import { requestJson } from '@/components/ui/request-json';
import { EMPTY_LIST, threadListReducer, type TLiveChange, type TThreadList } from '@/components/annotation/thread-list-state';
import { ALL_THREADS, threadQueryString, type TListView } from '@/components/annotation/thread-view-query';

/** Threads a page: enough to fill a tall sidebar twice, small enough to arrive at once. */
const PAGE_SIZE = 50;

export type TThreadListControls = {
  state: TThreadList;
  /** Shows another view from its first page; resolves to that page (null if it failed or was overtaken). */
  show: (view: TListView) => Promise<TThreadPage | null>;
  loadMore: () => void;
  /** The same view again from its first page (the stream was too far behind to replay). */
  reload: () => void;
  /** Reads one thread whole, every reply included ("Show n more replies"). */
  showWholeThread: (rootId: string) => Promise<string | null>;
  applyLive: (change: TLiveChange) => void;
};

/**
 * The sidebar's threads, read a page at a time from GET /api/essays/<slug>/threads. The first page
 * is asked for after hydration, so the essay page itself carries no thread at all.
 */
export function useThreadList(slug: string): TThreadListControls {
  const [state, dispatch] = useReducer(threadListReducer, EMPTY_LIST);
  const stateRef = useRef(state);
  useEffect(() => {
    stateRef.current = state;
  });
  const requestRef = useRef(0);
  // The cursor whose page is on its way: a second scroll event must not ask for it again.
  const pendingCursorRef = useRef<string | null>(null);
  const base = `/api/essays/${encodeURIComponent(slug)}/threads`;

  const show = useCallback(
    async (view: TListView) => {
      const request = ++requestRef.current;
      pendingCursorRef.current = null;
      dispatch({ type: 'open', view, request });
      const result = await requestJson<TThreadPage>(`${base}?${threadQueryString(view, null, PAGE_SIZE)}`, 'GET');
      if (!result.isOk) {
        dispatch({ type: 'failed', request, error: result.error });
        return null;
      }
      dispatch({ type: 'page', request, page: result.data, isFirst: true });
      return request === requestRef.current ? result.data : null;
    },
    [base],
  );

  const loadMore = useCallback(() => {
    const { nextCursor, status, view, request } = stateRef.current;
    if (nextCursor === null || status === 'loading' || pendingCursorRef.current === nextCursor) return;
    pendingCursorRef.current = nextCursor;
    dispatch({ type: 'more' });
    void requestJson<TThreadPage>(`${base}?${threadQueryString(view, nextCursor, PAGE_SIZE)}`, 'GET').then((result) => {
      if (pendingCursorRef.current === nextCursor) pendingCursorRef.current = null;
      if (result.isOk) dispatch({ type: 'page', request, page: result.data, isFirst: false });
      else dispatch({ type: 'failed', request, error: result.error });
    });
  }, [base]);

  const reload = useCallback(() => void show(stateRef.current.view), [show]);

  const showWholeThread = useCallback(
    async (rootId: string) => {
      const result = await requestJson<TThreadPage>(`${base}?root=${encodeURIComponent(rootId)}`, 'GET');
      if (!result.isOk) return result.error;
      const thread = result.data.threads[0];
      if (thread) dispatch({ type: 'whole-thread', thread });
      return null;
    },
    [base],
  );

  const applyLive = useCallback((change: TLiveChange) => dispatch({ type: 'live', change }), []);

  useEffect(() => {
    void show(ALL_THREADS);
  }, [show]);

  return { state, show, loadMore, reload, showWholeThread, applyLive };
}
