// A live reader that behaves as a browser's EventSource does, over plain HTTP: it follows an
// essay's event stream, and when the stream ends or the connection fails it waits the `retry:`
// the server last asked for and connects again with the Last-Event-ID it saw. Tests and
// benchmarks use it through a proxy, where each connection may reach a different instance.

export type TLiveEvent = { id: string; data: string; receivedAt: number; connection: number };

export type TLiveReader = {
  events: TLiveEvent[];
  /** Connections tried so far (1 until the first reconnection). */
  connections: () => number;
  /** Connections the server answered with a stream (status 200). */
  opened: () => number;
  /** The `retry:` values each ended connection carried last, in order. */
  retryHints: number[];
  /** Status codes of connections the server refused (not 200). */
  refusals: number[];
  close: () => void;
};

export function followLive(url: string, headers: Record<string, string> = {}): TLiveReader {
  const events: TLiveEvent[] = [];
  const retryHints: number[] = [];
  const refusals: number[] = [];
  const controller = new AbortController();
  let connections = 0;
  let opened = 0;
  let lastEventId: string | null = null;
  let retryMs = 3_000; // the EventSource default until the server says otherwise

  const readOnce = async () => {
    connections += 1;
    const connection = connections;
    let hint: number | null = null;
    const response = await fetch(url, {
      headers: { ...headers, accept: 'text/event-stream', ...(lastEventId ? { 'last-event-id': lastEventId } : {}) },
      signal: controller.signal,
    });
    if (response.status !== 200 || !response.body) {
      // EventSource gives up for good on any other status: so does this reader.
      refusals.push(response.status);
      controller.abort();
      return;
    }
    opened += 1;
    const decoder = new TextDecoder();
    let buffer = '';
    for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
      buffer += decoder.decode(chunk, { stream: true });
      let end: number;
      while ((end = buffer.indexOf('\n\n')) !== -1) {
        const block = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        let id: string | null = null;
        let data: string | null = null;
        for (const line of block.split('\n')) {
          if (line.startsWith('retry:')) {
            hint = Number(line.slice(6).trim());
            retryMs = hint;
          } else if (line.startsWith('id:')) id = line.slice(3).trim();
          else if (line.startsWith('data:')) data = line.slice(5).trim();
        }
        if (id !== null) lastEventId = id;
        if (data !== null && id !== null) events.push({ id, data, receivedAt: performance.now(), connection });
      }
    }
    if (hint !== null) retryHints.push(hint);
  };

  void (async () => {
    while (!controller.signal.aborted) {
      try {
        await readOnce();
      } catch {
        // a refused or dropped connection: EventSource retries it the same way
      }
      if (controller.signal.aborted) return;
      await new Promise((resolve) => setTimeout(resolve, retryMs));
    }
  })();
  return { events, connections: () => connections, opened: () => opened, retryHints, refusals, close: () => controller.abort() };
}
