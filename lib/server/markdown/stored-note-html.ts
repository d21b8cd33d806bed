import 'server-only';
import { MARKDOWN_RENDERER_VERSION, renderMarkdown } from '@/lib/server/markdown/render-markdown';

/**
 * The columns every write that sets a note's body stores with it: the body, its rendered and
 * sanitized HTML, and the renderer version that made it.
 * @example tx.annotation.create({ data: { ...withRenderedBody(input.body), … } })
 */
export function withRenderedBody(body: string): { body: string; bodyHtml: string; bodyHtmlVersion: number } {
  return { body, bodyHtml: renderMarkdown(body), bodyHtmlVersion: MARKDOWN_RENDERER_VERSION };
}

/**
 * A note's HTML for readers: the stored render when the current renderer made it, else rendered now.
 * The fallback keeps reads correct before the start-up step has caught up with a new renderer version
 * (or for rows written without it, e.g. raw test fixtures).
 */
export function noteHtmlOf(row: { body: string; bodyHtml: string; bodyHtmlVersion: number }): string {
  return row.bodyHtmlVersion === MARKDOWN_RENDERER_VERSION ? row.bodyHtml : renderMarkdown(row.body);
}
