'use client';
import { useEffect, useRef, useState } from 'react';
import type { TEssayEventView } from '@/lib/schemas/annotation';

export type TLiveState = 'off' | 'suspended' | 'connecting' | 'connected' | 'reconnecting' | 'ended';

/** One `data:` line of the stream, or null for anything that is not an annotation event (never throws). */
export function parseEvent(data: string): TEssayEventView | null {
  try {
    const value = JSON.parse(data) as Partial<TEssayEventView> | null;
    return value && typeof value.type === 'string' && typeof value.annotation?.id === 'string' ? (value as TEssayEventView) : null;
  } catch {
    return null;
  }
}

/**
 * Follows the essay's live stream. EventSource reconnects by itself after a dropped connection
 * (sending Last-Event-ID, so the server replays what was missed); when the browser gives up for
 * good (an error status) we open a new one ourselves, waiting longer each time. The first
 * connection asks for what happened since `since`, the feed position the page was rendered at.
 * Two notices besides events: `reload` (we were too far behind for the server to replay: fetch
 * the notes again) and `closed` (our access ended: stop, a reconnect would be refused).
 */
export function useEssayEvents(
  slug: string,
  isEnabled: boolean,
  since: string,
  onEvent: (event: TEssayEventView) => void,
  onReload: () => void,
): TLiveState {
  const [state, setState] = useState<TLiveState>(isEnabled ? 'connecting' : 'off');
  const onEventRef = useRef(onEvent);
  const onReloadRef = useRef(onReload);
  useEffect(() => {
    onEventRef.current = onEvent;
    onReloadRef.current = onReload;
  });

  // Where to resume when we open a new EventSource ourselves (the browser's own reconnects send Last-Event-ID).
  const lastIdRef = useRef(since);

  useEffect(() => {
    if (!isEnabled) return;
    let source: EventSource | null = null;
    let retry: ReturnType<typeof setTimeout> | undefined;
    let delay = 2_000;
    const open = () => {
      source = new EventSource(`/api/essays/${encodeURIComponent(slug)}/events?since=${encodeURIComponent(lastIdRef.current)}`);
      source.onopen = () => {
        delay = 2_000;
        setState('connected');
      };
      source.onmessage = (message: MessageEvent<string>) => {
        if (message.lastEventId) lastIdRef.current = message.lastEventId;
        const event = parseEvent(message.data);
        if (event) onEventRef.current(event);
      };
      source.addEventListener('reload', (message: MessageEvent<string>) => {
        if (message.lastEventId) lastIdRef.current = message.lastEventId;
        onReloadRef.current();
      });
      source.addEventListener('closed', () => {
        source?.close();
        setState('ended');
      });
      source.onerror = () => {
        setState('reconnecting');
        if (source?.readyState !== EventSource.CLOSED) return;
        source.close();
        retry = setTimeout(open, delay);
        delay = Math.min(delay * 2, 30_000);
      };
    };
    open();
    return () => {
      clearTimeout(retry);
      source?.close();
    };
  }, [slug, isEnabled]);

  return state;
}
