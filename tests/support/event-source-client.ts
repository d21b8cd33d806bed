// Follows a Server-Sent Events stream the way a browser's EventSource does, for tests and
// benchmarks that need reconnection (a database restart, a dropped connection): it keeps the last
// event id, reconnects with Last-Event-ID after the server's `retry:` delay whenever a stream
// ends or the network fails, and — like EventSource — gives up for good on an answer that is not
// 200 text/event-stream. `open` makes one connection: a route handler called in-process, or fetch.

export type TSseEvent = { event: string; id: string | null; data: string; at: number };
/**
 * One connection attempt: sent `at`, answered at `answeredAt` (performance.now()), what status, and
 * whether it was only a "come back later" (Retry-After).
 */
export type TSseConnection = { at: number; answeredAt: number; status: number | 'network'; isRetryLater: boolean };
export type TOpenStream = (lastEventId: string | null, signal: AbortSignal) => Promise<Response>;

export type TEventSourceClient = {
  /** Dispatched events with data (messages and notices), in arrival order. */
  events: TSseEvent[];
  connections: TSseConnection[];
  /** What made the client stop for good (EventSource's "fail the connection"), if anything did. */
  finalAnswer: () => { status: number; contentType: string | null } | null;
  /** Cuts the current connection, as a network drop would; the client reconnects by itself. */
  drop: () => void;
  close: () => void;
  /** Waits until `predicate` holds (true) or `ms` pass (false). */
  until: (predicate: (client: TEventSourceClient) => boolean, ms: number) => Promise<boolean>;
};

/** Chromium's reconnection delay until a stream sets its own with `retry:`. */
const DEFAULT_RETRY_MS = 3_000;

const sleep = (ms: number, signal: AbortSignal) =>
  new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, ms);
    signal.addEventListener('abort', () => {
      clearTimeout(timer);
      resolve();
    });
  });

export function followEventSource(open: TOpenStream): TEventSourceClient {
  const closed = new AbortController();
  let current: AbortController | null = null;
  let retryMs = DEFAULT_RETRY_MS;
  let lastEventId: string | null = null;
  let final: { status: number; contentType: string | null } | null = null;

  const client: TEventSourceClient = {
    events: [],
    connections: [],
    finalAnswer: () => final,
    drop: () => current?.abort(),
    close: () => {
      closed.abort();
      current?.abort();
    },
    until: async (predicate, ms) => {
      const deadline = Date.now() + ms;
      while (!predicate(client)) {
        if (Date.now() > deadline) return false;
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      return true;
    },
  };

  /** Reads one stream to its end, dispatching events as the SSE spec says (blank line ends an event). */
  async function readStream(body: ReadableStream<Uint8Array>): Promise<void> {
    const reader = body.getReader();
    const decoder = new TextDecoder();
    let buffer = '';
    let data: string[] = [];
    let event = '';
    let idBuffer = lastEventId;
    try {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) return;
        buffer += decoder.decode(value, { stream: true });
        let end: number;
        while ((end = buffer.search(/\r\n|\n|\r/)) !== -1) {
          const line = buffer.slice(0, end);
          buffer = buffer.slice(end + (buffer.startsWith('\r\n', end) ? 2 : 1));
          if (line === '') {
            lastEventId = idBuffer;
            if (data.length > 0)
              client.events.push({ event: event || 'message', id: lastEventId, data: data.join('\n'), at: performance.now() });
            data = [];
            event = '';
            continue;
          }
          if (line.startsWith(':')) continue;
          const colon = line.indexOf(':');
          const field = colon === -1 ? line : line.slice(0, colon);
          const value = colon === -1 ? '' : line.slice(colon + 1).replace(/^ /, '');
          if (field === 'data') data.push(value);
          else if (field === 'event') event = value;
          else if (field === 'id' && !value.includes('\0')) idBuffer = value;
          else if (field === 'retry' && /^\d+$/.test(value)) retryMs = Number(value);
        }
      }
    } catch {
      // the connection was cut (drop, close, a network error): reconnect below
    } finally {
      reader.releaseLock();
    }
  }

  void (async () => {
    while (!closed.signal.aborted) {
      current = new AbortController();
      const at = performance.now();
      let response: Response;
      try {
        response = await open(lastEventId, current.signal);
      } catch {
        client.connections.push({ at, answeredAt: performance.now(), status: 'network', isRetryLater: false });
        await sleep(retryMs, closed.signal);
        continue;
      }
      const contentType = response.headers.get('content-type');
      client.connections.push({
        at,
        answeredAt: performance.now(),
        status: response.status,
        isRetryLater: response.headers.has('retry-after'),
      });
      if (response.status !== 200 || !contentType?.startsWith('text/event-stream') || !response.body) {
        final = { status: response.status, contentType };
        await response.body?.cancel();
        return;
      }
      await readStream(response.body);
      await sleep(retryMs, closed.signal);
    }
  })();
  return client;
}
