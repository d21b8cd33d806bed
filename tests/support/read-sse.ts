// Reads a Server-Sent Events stream the way a browser would, for tests of the live stream.

export type TSseMessage = { event: string; id: string | null; data: string };

export type TSseReader = {
  messages: TSseMessage[];
  /** Resolves true once the server has closed the stream. */
  isClosed: () => boolean;
  /** Waits until `predicate` holds for the messages so far (or the stream closed), at most `ms`. */
  until: (predicate: (messages: TSseMessage[]) => boolean, ms?: number) => Promise<void>;
};

export function readSse(stream: ReadableStream<Uint8Array>): TSseReader {
  const messages: TSseMessage[] = [];
  let isClosed = false;
  let buffer = '';
  const decoder = new TextDecoder();
  const reader = stream.getReader();
  void (async () => {
    try {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        buffer += decoder.decode(value, { stream: true });
        let end: number;
        while ((end = buffer.indexOf('\n\n')) !== -1) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          const fields = block.split('\n').filter((line) => line !== '' && !line.startsWith(':'));
          if (!fields.some((line) => line.startsWith('data:'))) continue; // retry: hints, comments
          const field = (name: string) =>
            fields
              .find((line) => line.startsWith(`${name}:`))
              ?.slice(name.length + 1)
              .trim() ?? null;
          messages.push({ event: field('event') ?? 'message', id: field('id'), data: field('data') ?? '' });
        }
      }
    } finally {
      isClosed = true;
    }
  })();
  return {
    messages,
    isClosed: () => isClosed,
    until: async (predicate, ms = 10_000) => {
      const started = Date.now();
      while (!predicate(messages) && !isClosed && Date.now() - started < ms) await new Promise((resolve) => setTimeout(resolve, 20));
    },
  };
}
