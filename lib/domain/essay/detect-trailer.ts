import type { TEssayBlock, TEssayMetadata } from './types';

type TTrailerKind = 'about' | 'disclaimer' | 'readMore' | 'acknowledgement';

// A label opens the line, optionally wrapped in Markdown emphasis, and is followed by a colon or
// the end of the line: "About the contributor: …", "**Disclaimer:** …", "Read more at IMPRI:".
// Requiring a colon (or a label alone on its line) keeps body sentences such as
// "Disclaimers rarely help." or "About the author of this plan, little is known." out of the trailer.
const LABEL =
  /^[*_]*(about the (?:contributor|author)s?|disclaimer|read more at\b[^:.!?]{0,60}?|acknowledge?ments?)[*_]*\s*(?::[*_]*|$)\s*(.*)$/i;

/** Whether a line opens the trailer ("Disclaimer: …"); readers use it to keep such lines separate. */
export function isTrailerLabel(line: string): boolean {
  return LABEL.test(line);
}

function kindOf(label: string): TTrailerKind {
  const lower = label.toLowerCase();
  if (lower.startsWith('about')) return 'about';
  if (lower.startsWith('disclaimer')) return 'disclaimer';
  if (lower.startsWith('read more')) return 'readMore';
  return 'acknowledgement';
}

/**
 * Splits the op-ed trailer off the essay. The trailer starts at the first line carrying one of
 * the labels "About the contributor/author", "Disclaimer", "Read more at …", "Acknowledgement"
 * (any case) and runs to the end; everything in it becomes metadata, never claims. Labels are
 * only looked for after the first body paragraph, so an essay that opens with a disclaimer is
 * not swallowed whole.
 *
 * @example
 * detectTrailer(blocks).metadata.disclaimer // 'All views expressed in the article belong …'
 */
export function detectTrailer(blocks: TEssayBlock[]): { body: TEssayBlock[]; metadata: TEssayMetadata } {
  const firstParagraph = blocks.findIndex((block) => block.kind === 'paragraph');
  const trailerStart = blocks.findIndex((block, index) => index > firstParagraph && isTrailerLabel(block.line));
  if (firstParagraph === -1 || trailerStart === -1) return { body: blocks, metadata: emptyMetadata() };
  return {
    body: blocks.slice(0, trailerStart),
    metadata: readTrailer(blocks.slice(trailerStart).map((block) => block.line)),
  };
}

function readTrailer(lines: string[]): TEssayMetadata {
  const texts: Record<Exclude<TTrailerKind, 'readMore'>, string[]> = { about: [], disclaimer: [], acknowledgement: [] };
  let readMore: { heading: string; titles: string[] } | null = null;
  let current: TTrailerKind = 'about';

  for (const line of lines) {
    const match = LABEL.exec(line);
    const rest = (match ? match[2] : line)?.trim() ?? '';
    if (match) {
      current = kindOf(match[1] ?? '');
      if (current === 'readMore') readMore ??= { heading: (match[1] ?? '').trim(), titles: [] };
    }
    if (rest === '') continue;
    if (current === 'readMore') readMore?.titles.push(rest);
    else texts[current].push(rest);
  }

  const joined = (parts: string[]): string | null => (parts.length > 0 ? parts.join('\n') : null);
  return {
    about: joined(texts.about),
    disclaimer: joined(texts.disclaimer),
    readMore,
    acknowledgement: joined(texts.acknowledgement),
  };
}

function emptyMetadata(): TEssayMetadata {
  return { about: null, disclaimer: null, readMore: null, acknowledgement: null };
}
