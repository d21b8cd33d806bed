/**
 * Search snippets: PostgreSQL's ts_headline marks the matched words with the markers below and
 * returns the rest of the text as it was stored — which is whatever a person typed, `<script>`
 * included. So the server never asks ts_headline for HTML tags: it asks for these two
 * private-use characters (removed from the text first, so a person cannot forge them), escapes
 * everything, and only then turns the markers into `<mark>`.
 */

/** Start of a matched word in ts_headline's output (StartSel). */
export const MATCH_START = '\uE000';
/** End of a matched word in ts_headline's output (StopSel). */
export const MATCH_STOP = '\uE001';

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for HTML element content and attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]!);
}

/**
 * ts_headline output (with MATCH_START/MATCH_STOP markers) as safe HTML whose only tags are
 * `<mark>`. An unbalanced marker (a cut fragment) is closed at the end, never left open.
 * @example snippetHtml('a <b> \uE000cat\uE001') // 'a &lt;b&gt; <mark>cat</mark>'
 */
export function snippetHtml(headline: string): string {
  let html = '';
  let isOpen = false;
  for (const part of headline.split(/([\uE000\uE001])/)) {
    if (part === MATCH_START) {
      if (!isOpen) html += '<mark>';
      isOpen = true;
    } else if (part === MATCH_STOP) {
      if (isOpen) html += '</mark>';
      isOpen = false;
    } else {
      html += escapeHtml(part);
    }
  }
  return isOpen ? `${html}</mark>` : html;
}
