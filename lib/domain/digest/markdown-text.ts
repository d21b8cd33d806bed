/**
 * Putting people's words into Markdown as words, never as markup: a note that says "# Win" or
 * "[click](javascript:…)" must not become a heading or a link in whatever renders the download.
 */

// CommonMark's backslash escapes cover every ASCII punctuation character; these are the ones that
// make markup inside a line: emphasis, code, link and image brackets (so "(" and "!" need not be
// escaped), HTML and autolinks, entities, table cells, strikethrough, a heading's closing "#".
const INLINE_SPECIAL = /[\\`*_[\]<>#|~&]/g;

/**
 * Inline text with its markup characters escaped and line breaks folded into spaces; spaces at
 * either end are kept (a diff's parts are joined back together).
 * @example escapeInline('*bold* [x](y) ') // '\\*bold\\* \\[x\\](y) '
 */
export function escapeInline(text: string): string {
  return text.replace(/[ \t]*[\r\n]+[ \t]*/g, ' ').replace(INLINE_SPECIAL, (c) => `\\${c}`);
}

/**
 * A line that would start a block ("- ", "+ ", "= " underline, "1. ") escaped at its start, so it
 * stays text inside a list item or paragraph.
 * @example escapeLineStart('1. First') // '1\\. First'
 */
export function escapeLineStart(line: string): string {
  return line.replace(/^([-+=])/, '\\$1').replace(/^(\d+)([.)])/, '$1\\$2');
}

/**
 * One line of someone's text: trimmed, markup escaped, line breaks folded, block starts escaped.
 * @example inlineText('*bold* [x](y)') // '\\*bold\\* \\[x\\](y)'
 */
export function inlineText(text: string): string {
  return escapeLineStart(escapeInline(text.trim()));
}

/**
 * A block of someone's text as a quotation: each line escaped and prefixed with "> ", blank lines
 * kept as "> " so paragraphs stay paragraphs inside the quote.
 * @example quoteBlock('One.\n\nTwo.') // '> One.\n>\n> Two.'
 */
export function quoteBlock(text: string): string {
  return text
    .trim()
    .split(/\r?\n/)
    .map((line) => (line.trim() === '' ? '>' : `> ${inlineText(line)}`))
    .join('\n');
}

/**
 * An upper-case code word as people read it.
 * @example wordOf('CONCEDED') // 'Conceded'
 * @example wordOf('OFF_TOPIC') // 'Off topic'
 */
export function wordOf(code: string): string {
  const spaced = code.toLowerCase().replace(/_/g, ' ');
  return spaced.charAt(0).toUpperCase() + spaced.slice(1);
}
