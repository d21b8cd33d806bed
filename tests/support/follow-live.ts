// An essay's live stream followed over HTTP by a signed-in reader, straight to one instance or
// through a proxy, with EventSource's rules (event-source-client.ts): each reconnection sends the
// Last-Event-ID it saw and may land on another instance.
import { followEventSource, type TEventSourceClient, type TSseEvent } from './event-source-client';

export function followLive(url: string, headers: Record<string, string>): TEventSourceClient {
  return followEventSource((lastEventId, signal) =>
    fetch(url, { headers: { ...headers, accept: 'text/event-stream', ...(lastEventId ? { 'last-event-id': lastEventId } : {}) }, signal }),
  );
}

/** Streams the server opened for this reader (not counting "come back later" answers). */
export function streamsOpened(client: TEventSourceClient): number {
  return client.connections.filter((connection) => connection.status === 200 && !connection.isRetryLater).length;
}

/** The note events received (notices such as `reload` left out), in arrival order. */
export function noteEvents(client: TEventSourceClient): TSseEvent[] {
  return client.events.filter((event) => event.event === 'message');
}

/**
 * The words of the notes received, in arrival order, as the reader draws them: the text of their
 * HTML (another member's note comes without its Markdown source).
 */
export function noteBodies(client: TEventSourceClient): string[] {
  return noteEvents(client).map((event) =>
    (JSON.parse(event.data) as { annotation: { bodyHtml: string } }).annotation.bodyHtml.replace(/<[^>]*>/g, '').trim(),
  );
}
