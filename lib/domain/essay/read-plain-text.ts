import { readByline } from './detect-author';
import { isTrailerLabel } from './detect-trailer';
import { splitSentences } from './split-sentences';
import type { TEssayBlock, TReadEssay } from './types';

const MAX_HEADING_WORDS = 12;
// What a line ends with when it finishes a sentence or introduces something (a heading's colon).
const ENDS_THOUGHT = /[.!?…:"”’)\]]$/u;

/**
 * Reads a heading of the op-ed form: a short line ending in a colon ("A Glimpse at the Past:").
 * Short means at most 12 words, one sentence, no sentence-ending punctuation before the colon,
 * and not starting in lowercase (which would be a sentence that runs on, "the reasons are:").
 * Returns the title as displayed, without the colon, or null when the line is body text.
 *
 * @example readHeadingTitle('Current Scenario:') // 'Current Scenario'
 */
export function readHeadingTitle(line: string): string | null {
  const trimmed = line.trim();
  if (!trimmed.endsWith(':')) return null;
  const title = trimmed.slice(0, -1).trim();
  if (!/[\p{L}\p{N}]/u.test(title) || /^\p{Ll}/u.test(title) || /[.!?…]$/u.test(title)) return null;
  if (title.split(/\s+/).length > MAX_HEADING_WORDS) return null;
  return splitSentences(title).length === 1 ? title : null;
}

/**
 * Reads plain text in the op-ed form: an optional by-line, then one paragraph per line, with
 * "Heading:" lines opening sections. Blank lines always separate paragraphs. When most line breaks
 * fall mid-sentence the file was hard-wrapped (an email, an export at 72 columns), so the lines of
 * one blank-line-separated block are joined with a space instead of each becoming a paragraph.
 */
export function readPlainText(text: string): TReadEssay {
  const lines = text.split('\n').map((line) => line.trim());
  const firstIndex = lines.findIndex((line) => line !== '');
  const hasMoreLines = lines.some((line, index) => index > firstIndex && line !== '');
  const authorName = hasMoreLines ? readByline(lines[firstIndex] ?? '') : null;
  const bodyLines = authorName === null ? lines : lines.slice(firstIndex + 1);
  const isHardWrapped = looksHardWrapped(bodyLines);

  const blocks: TEssayBlock[] = [];
  let isAfterBlank = true;
  for (const line of bodyLines) {
    if (line === '') {
      isAfterBlank = true;
      continue;
    }
    const title = readHeadingTitle(line);
    const last = blocks.at(-1);
    if (title !== null) {
      blocks.push({ kind: 'heading', line, title });
    } else if (isHardWrapped && !isAfterBlank && last?.kind === 'paragraph' && !isTrailerLabel(line)) {
      blocks[blocks.length - 1] = { kind: 'paragraph', line: `${last.line} ${line}` };
    } else {
      blocks.push({ kind: 'paragraph', line });
    }
    isAfterBlank = false;
  }
  return { title: null, authorName, blocks };
}

// Looks only at line breaks inside blocks: in the op-ed form nearly all of them follow a full
// stop or a heading's colon; in hard-wrapped prose most of them cut a sentence.
function looksHardWrapped(lines: string[]): boolean {
  let breaks = 0;
  let midSentence = 0;
  lines.forEach((line, index) => {
    if (line === '' || (lines[index + 1] ?? '') === '') return;
    breaks += 1;
    if (!ENDS_THOUGHT.test(line)) midSentence += 1;
  });
  return breaks > 0 && midSentence / breaks > 0.5;
}
