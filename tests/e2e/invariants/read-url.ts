// Reads one address as a reader (their session cookie) and returns everything it sent. A live
// stream never ends by itself, so it is read until `endMarker` arrives: the suite plants that
// marker as the essay's last event, so reaching it means the whole replay was read.
const STREAM_DEADLINE_MS = 15_000;

// Search snippets mark the matched part of a word: "mark-hidden-note-<mark>k4m8</mark>" (the
// marker is indexed as a whole and as its parts). Read without the highlight tags — in HTML, and
// escaped inside a page's RSC payload or JSON — a leaked marker is whole again, and found.
const HIGHLIGHT_TAG = /(?:<|\\*u003c)\\*\/?mark(?:>|\\*u003e)/gi;

/** The text with search highlights (`<mark>`, `</mark>`, as sent or escaped) taken out. */
export function withoutHighlights(text: string): string {
  return text.replace(HIGHLIGHT_TAG, '');
}

export async function readUrl(baseURL: string, url: string, cookie: string, endMarker: string): Promise<{ status: number; text: string }> {
  const abort = new AbortController();
  const response = await fetch(`${baseURL}${url}`, { headers: cookie ? { cookie } : {}, signal: abort.signal });
  if (!(response.headers.get('content-type') ?? '').startsWith('text/event-stream') || !response.body) {
    return { status: response.status, text: withoutHighlights(await response.text()) };
  }
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let text = '';
  const deadline = setTimeout(() => abort.abort(), STREAM_DEADLINE_MS);
  try {
    while (!text.includes(endMarker)) {
      const { value, done } = await reader.read();
      if (done) break;
      text += decoder.decode(value, { stream: true });
    }
  } catch (error) {
    // The deadline passed: return what arrived; the caller's positive check reports the gap.
    if (!abort.signal.aborted) throw error;
  } finally {
    clearTimeout(deadline);
    abort.abort();
  }
  return { status: response.status, text: withoutHighlights(text) };
}
