import { readByline } from './detect-author';
import { isTrailerLabel } from './detect-trailer';
import type { TEssayBlock, TReadEssay } from './types';

const ATX_HEADING = /^(#{1,6})[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$/;
const LIST_MARKER = /^(?:[-*+]|\d{1,9}[.)])[ \t]+/;
const QUOTE_MARKER = /^>[ \t]?/;
const THEMATIC_BREAK = /^(?:[-*_][ \t]*){3,}$/;
const EMPHASIS_AROUND = /^[*_]+|[*_]+$/g;

/**
 * Reads Markdown. An H1 on the very first non-blank line is the essay's title (not a section);
 * every other ATX heading (`#` to `######`, including later H1s) opens a section whose title is
 * the heading text without the `#` marks (and without a trailing colon). The canonical line of a
 * heading is that text too, since the marks are syntax a reader never sees.
 *
 * Paragraphs are separated by blank lines or thematic breaks; the lines of one paragraph are
 * joined with a space. List items and blockquote lines lose their `-`, `1.` or `>` marker and
 * each list item is its own paragraph. Inline markup (`*emphasis*`, `[links](…)`, `code`) is
 * kept exactly as written: stripping it would make the stored text differ from what the author
 * wrote, and claims quote that text. Setext headings (underlined with `===`) are not recognised.
 * A first paragraph that is a by-line ("By Jane Doe", "*Jane Doe*") becomes the author.
 */
export function readMarkdown(text: string): TReadEssay {
  let title: string | null = null;
  let hasContent = false;
  let isAfterBreak = true;
  const blocks: TEssayBlock[] = [];

  for (const rawLine of text.split('\n')) {
    let line = rawLine.trim();
    while (QUOTE_MARKER.test(line)) line = line.replace(QUOTE_MARKER, '').trim();
    if (line === '' || THEMATIC_BREAK.test(line)) {
      isAfterBreak = true;
      continue;
    }

    const heading = ATX_HEADING.exec(line);
    if (heading) {
      const headingText = (heading[2] ?? '').trim();
      if (heading[1] === '#' && !hasContent) title = headingText;
      else if (headingText !== '') blocks.push({ kind: 'heading', line: headingText, title: headingText.replace(/\s*:$/, '') });
      hasContent = true;
      isAfterBreak = true;
      continue;
    }

    const listMarker = LIST_MARKER.exec(line);
    if (listMarker) line = line.slice(listMarker[0].length).trim();
    const last = blocks.at(-1);
    if (!isAfterBreak && !listMarker && last?.kind === 'paragraph' && !isTrailerLabel(line)) {
      blocks[blocks.length - 1] = { kind: 'paragraph', line: `${last.line} ${line}` };
    } else if (line !== '') {
      blocks.push({ kind: 'paragraph', line });
    }
    hasContent = true;
    isAfterBreak = false;
  }

  return { title: title === '' ? null : title, ...takeByline(blocks) };
}

function takeByline(blocks: TEssayBlock[]): { authorName: string | null; blocks: TEssayBlock[] } {
  const [first, ...rest] = blocks;
  if (first?.kind !== 'paragraph' || rest.length === 0) return { authorName: null, blocks };
  const authorName = readByline(first.line.replace(EMPHASIS_AROUND, ''));
  return authorName === null ? { authorName: null, blocks } : { authorName, blocks: rest };
}
