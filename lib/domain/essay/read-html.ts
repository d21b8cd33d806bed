import { readByline } from './detect-author';
import type { TEssayBlock, TReadEssay } from './types';

// Elements that hold nothing a reader of the argument needs: code, media, controls, captions.
const SKIPPED = new Set(
  'SCRIPT STYLE NOSCRIPT TEMPLATE SVG IMG PICTURE VIDEO AUDIO IFRAME OBJECT EMBED CANVAS FORM BUTTON INPUT SELECT TEXTAREA LABEL NAV ASIDE FIGCAPTION MENU DIALOG'.split(
    ' ',
  ),
);
// Elements whose edges end a paragraph (CSS display: block and friends, as browsers lay them out).
const BLOCKS = new Set(
  'ADDRESS ARTICLE BLOCKQUOTE BODY CENTER DD DETAILS DIV DL DT FIELDSET FIGURE FOOTER HEADER HGROUP HR LI MAIN OL P SECTION SUMMARY TABLE TBODY TD TFOOT TH THEAD TR UL CAPTION'.split(
    ' ',
  ),
);
const HEADING = /^H[1-6]$/;
const BOLD = new Set(['B', 'STRONG']);
// Blocks whose short bold line is an item or a cell, not a section heading.
const NOT_A_HEADING_INSIDE = new Set(['LI', 'DD', 'DT', 'TD', 'TH', 'BLOCKQUOTE', 'FIGURE', 'CAPTION']);
const MAX_HEADING_WORDS = 12;
const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

/** A paragraph as read from HTML; `isQuote` marks text inside a blockquote (a pull quote candidate). */
type THtmlBlock = TEssayBlock & { isQuote: boolean };

/**
 * Reads an article's HTML (the DOM of its main content: Readability's output, or mammoth's
 * conversion of a .docx) into the blocks the essay parser lays out. Headings `h1`–`h6` open
 * sections (an opening heading that repeats the title is dropped); paragraphs, list items, quote
 * and table cells each become one paragraph, with inline markup flattened to its text and white
 * space collapsed as a browser shows it; `<br>` ends a line. Images, captions, forms, navigation
 * and asides are skipped. A blockquote whose words repeat a paragraph of the body is a pull quote
 * and is dropped, so no sentence becomes two claims. A short paragraph set wholly in bold (at most
 * 12 words, no closing full stop) is a heading too: many sites and Word users make headings so
 * ("<p><strong>A Glimpse at the Past:</strong></p>"). The by-line is `byline` when the page named
 * one (without a leading "By"), else a first paragraph that reads as one (as in the text form).
 *
 * Works on any standard DOM (jsdom on the server, the browser's in tests), read-only.
 *
 * @example
 * readHtml(doc.body, { title: 'Cheap Water', byline: 'By Meera R.' }).authorName // 'Meera R.'
 */
export function readHtml(root: Node, options: { title: string | null; byline: string | null }): TReadEssay {
  const blocks: THtmlBlock[] = [];
  let run = '';
  let plainChars = 0; // visible characters of the run outside <b>/<strong>
  let quoteDepth = 0;
  let boldDepth = 0;
  let itemDepth = 0;

  const flush = () => {
    const line = collapse(run);
    const isAllBold = plainChars === 0;
    run = '';
    plainChars = 0;
    if (line === '') return;
    // A bold name opening the piece is its by-line (read below), not a section.
    const isByline = blocks.length === 0 && readByline(line) !== null;
    if (isAllBold && itemDepth === 0 && !isByline && isHeadingLike(line)) {
      blocks.push({ kind: 'heading', line, title: line.replace(/\s*:$/, ''), isQuote: false });
    } else {
      blocks.push({ kind: 'paragraph', line, isQuote: quoteDepth > 0 });
    }
  };
  const walk = (node: Node) => {
    for (const child of Array.from(node.childNodes)) {
      if (child.nodeType === TEXT_NODE) {
        run += child.nodeValue ?? '';
        if (boldDepth === 0) plainChars += (child.nodeValue ?? '').replace(/\s+/g, '').length;
        continue;
      }
      if (child.nodeType !== ELEMENT_NODE) continue;
      const tag = (child as Element).tagName.toUpperCase();
      if (SKIPPED.has(tag) || (child as Element).getAttribute('hidden') !== null) continue;
      if (tag === 'BR') {
        flush();
      } else if (HEADING.test(tag)) {
        flush();
        const line = collapse(child.textContent ?? '');
        if (line !== '') blocks.push({ kind: 'heading', line, title: line.replace(/\s*:$/, ''), isQuote: false });
      } else if (tag === 'PRE') {
        flush();
        for (const line of (child.textContent ?? '').split('\n')) {
          run = line;
          flush();
        }
      } else if (BLOCKS.has(tag)) {
        flush();
        const isItem = NOT_A_HEADING_INSIDE.has(tag);
        if (tag === 'BLOCKQUOTE') quoteDepth += 1;
        if (isItem) itemDepth += 1;
        walk(child);
        flush();
        if (isItem) itemDepth -= 1;
        if (tag === 'BLOCKQUOTE') quoteDepth -= 1;
      } else {
        // Inline: its words join the paragraph being read.
        if (BOLD.has(tag)) boldDepth += 1;
        walk(child);
        if (BOLD.has(tag)) boldDepth -= 1;
      }
    }
  };
  walk(root);
  flush();

  const body = dropPullQuotes(dropTitleHeading(blocks, options.title));
  const given = cleanByline(options.byline);
  if (given !== null) return { title: options.title, authorName: given, blocks: body };
  const [first, ...rest] = body;
  const fromText = first?.kind === 'paragraph' && rest.length > 0 ? readByline(first.line) : null;
  return { title: options.title, authorName: fromText, blocks: fromText === null ? body : rest };
}

/**
 * A page's by-line as a name: without "By", and without what sites put after the name
 * ("Jane Doe | October 4", "Jane Doe · 5 min read"). Null when nothing is left or it is too long
 * to be a name (a sentence the page mislabelled).
 *
 * @example cleanByline('By Jane Doe | Oct 4, 2026') // 'Jane Doe'
 */
export function cleanByline(byline: string | null): string | null {
  if (byline === null) return null;
  const name = collapse(byline.split(/[|•·\n]/)[0] ?? '')
    .replace(/^by\s+/i, '')
    .replace(/[,;:]$/, '')
    .trim();
  return name === '' || name.length > 120 ? null : name;
}

/**
 * A page title without the site's name that sites append (or prepend) to it, as in
 * "So Many Alliances - IMPRI" or "IMPRI | So Many Alliances"; unchanged when it has none.
 *
 * @example stripSiteName('Cheap Water – The Civic Ledger', 'The Civic Ledger') // 'Cheap Water'
 */
export function stripSiteName(title: string, siteName: string | null): string {
  if (!siteName) return title;
  const separator = String.raw`\s+[-–—|:·•]\s+`;
  const name = siteName.trim().replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const stripped = title.replace(new RegExp(`${separator}${name}\\s*$`, 'i'), '').replace(new RegExp(`^${name}${separator}`, 'i'), '');
  return stripped.trim() === '' ? title : stripped.trim();
}

// A line a reader takes for a heading when it stands alone in bold: short, not a finished sentence.
function isHeadingLike(line: string): boolean {
  return line.split(' ').length <= MAX_HEADING_WORDS && !/[.!?…,;"”]$/u.test(line) && /^[\p{Lu}\p{N}“"‘']/u.test(line);
}

function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function dropTitleHeading(blocks: THtmlBlock[], title: string | null): THtmlBlock[] {
  const first = blocks[0];
  if (title === null || first?.kind !== 'heading' || first.title.toLowerCase() !== collapse(title).toLowerCase()) return blocks;
  return blocks.slice(1);
}

// A pull quote repeats the body's words for show; keeping it would make the same sentence two claims.
function dropPullQuotes(blocks: THtmlBlock[]): TEssayBlock[] {
  const bodyLines = blocks.filter((block) => !block.isQuote && block.kind === 'paragraph').map((block) => block.line);
  return blocks
    .filter((block) => !(block.isQuote && bodyLines.some((line) => line.includes(block.line.replace(/^[“"]|[”"]$/g, '')))))
    .map((block) =>
      block.kind === 'heading' ? { kind: 'heading', line: block.line, title: block.title } : { kind: 'paragraph', line: block.line },
    );
}
