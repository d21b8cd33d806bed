import MarkdownIt, { type Token } from 'markdown-it';
import footnote from 'markdown-it-footnote';
import { readByline } from './detect-author';
import type { TEssayBlock, TFootnote, TFootnoteRef, TInlineMark, TReadEssay } from './types';

// CommonMark as markdown-it reads it, plus footnotes ([^1] and "[^1]: …"). Raw HTML is text, and
// tables are left as the text they are written in (an essay's claims are sentences, not cells).
const markdown = new MarkdownIt({ html: false, linkify: false }).use(footnote).disable(['table']);
// markdown-it leaves a link with an unsafe address as literal "[words](javascript:…)"; here every
// link is read as one and SAFE_LINK decides whether it keeps its address, so readers get the words.
markdown.validateLink = () => true;

/** Links an essay may carry: web pages and mail addresses. Anything else keeps its words, not its link. */
const SAFE_LINK = /^(?:https?:\/\/|mailto:)/i;

/**
 * Reads Markdown. An H1 on the very first block is the essay's title (not a section); every other
 * heading (including later H1s and Setext headings) opens a section titled with its text (without
 * a trailing colon). Each paragraph, list item and quoted paragraph is one line of the canonical
 * text, its soft line breaks turned into spaces.
 *
 * The canonical text holds no markup: `*emphasis*`, `**strong**`, `` `code` `` and
 * `[links](https://…)` keep only their words, and what they were is kept beside the line as marks
 * (offsets into the line), so claims quote exactly the words a reader sees. List items and quoted
 * paragraphs are styled lines (`style`): numbered or not, nesting depth, which list or quotation
 * they belong to. Footnote references are offsets (the marker is not text); footnote definitions
 * are returned apart, never lines of the essay. A first paragraph that is a by-line ("By Jane
 * Doe", "*Jane Doe*") becomes the author.
 */
export function readMarkdown(text: string): TReadEssay {
  const env: Record<string, unknown> = {};
  const tokens = markdown.parse(text, env);
  let title: string | null = null;
  const blocks: TEssayBlock[] = [];
  const footnotes: TFootnote[] = [];
  const lists: { ordered: boolean; next: number; group: number }[] = [];
  let quoteDepth = 0;
  let quoteGroup = -1;
  let groups = 0;
  let footnote: TFootnote | null = null;

  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    switch (token.type) {
      case 'bullet_list_open':
      case 'ordered_list_open':
        lists.push({ ordered: token.type === 'ordered_list_open', next: Number(token.attrGet('start') ?? 1), group: groups++ });
        break;
      case 'bullet_list_close':
      case 'ordered_list_close':
        lists.pop();
        break;
      case 'blockquote_open':
        if (quoteDepth++ === 0) quoteGroup = groups++;
        break;
      case 'blockquote_close':
        quoteDepth--;
        break;
      case 'footnote_open':
        footnote = { number: Number(token.meta?.id ?? footnotes.length) + 1, label: String(token.meta?.label ?? ''), text: '', marks: [] };
        break;
      case 'footnote_close':
        if (footnote) footnotes.push(footnote);
        footnote = null;
        break;
      case 'heading_open': {
        const line = readInline(tokens[i + 1]);
        if (token.tag === 'h1' && blocks.length === 0 && title === null && footnote === null) title = line.text;
        else if (line.text !== '') blocks.push({ kind: 'heading', line: line.text, title: line.text.replace(/\s*:$/, '') });
        i += 2;
        break;
      }
      case 'inline':
      case 'fence':
      case 'code_block': {
        const line = token.type === 'inline' ? readInline(token) : codeLine(token.content);
        if (line.text === '') break;
        if (footnote) {
          const offset = footnote.text === '' ? 0 : footnote.text.length + 1;
          footnote.text = footnote.text === '' ? line.text : `${footnote.text} ${line.text}`;
          footnote.marks.push(...line.marks.map((m) => ({ ...m, start: m.start + offset, end: m.end + offset })));
          break;
        }
        blocks.push({
          kind: 'paragraph',
          line: line.text,
          ...styleOf(tokens, i),
          ...(line.marks.length ? { marks: line.marks } : {}),
          ...(line.refs.length ? { footnoteRefs: line.refs } : {}),
        });
        break;
      }
      default:
        break;
    }

    // The style of the line just read: the innermost list (numbered items count on), else a quotation.
    function styleOf(all: Token[], index: number): Pick<Extract<TEssayBlock, { kind: 'paragraph' }>, 'style'> {
      const list = lists.at(-1);
      if (list) {
        const isFirstOfItem = all[index - 2]?.type === 'list_item_open' || all[index - 1]?.type === 'list_item_open';
        const number = list.next;
        if (isFirstOfItem) list.next += 1;
        return { style: { kind: 'list-item', group: lists[0]!.group, ordered: list.ordered, number, depth: lists.length - 1 } };
      }
      return quoteDepth > 0 ? { style: { kind: 'quote', group: quoteGroup } } : {};
    }
  }

  return { title: title === '' ? null : title, ...takeByline(blocks), ...(footnotes.length ? { footnotes } : {}) };
}

type TLine = { text: string; marks: TInlineMark[]; refs: TFootnoteRef[] };

/** The words of one inline run, whitespace collapsed, with what their markup was. */
function readInline(token: Token | undefined): TLine {
  let text = '';
  const marks: TInlineMark[] = [];
  const refs: TFootnoteRef[] = [];
  const open: { kind: TInlineMark['kind']; start: number; href?: string }[] = [];
  const append = (words: string) => {
    const collapsed = words.replace(/\s+/g, ' ');
    text += text === '' || text.endsWith(' ') ? collapsed.replace(/^ /, '') : collapsed;
  };
  const close = (kind: TInlineMark['kind']) => {
    const index = open.findLastIndex((m) => m.kind === kind);
    if (index < 0) return;
    const [mark] = open.splice(index, 1);
    const end = text.replace(/ $/, '').length;
    if (!mark || end <= mark.start) return;
    if (mark.kind === 'link') {
      if (mark.href !== undefined) marks.push({ kind: 'link', start: mark.start, end, href: mark.href });
    } else marks.push({ kind: mark.kind, start: mark.start, end });
  };
  for (const child of token?.children ?? []) {
    switch (child.type) {
      case 'text':
      case 'html_inline':
        append(child.content);
        break;
      case 'softbreak':
      case 'hardbreak':
        append(' ');
        break;
      case 'image':
        append(child.content);
        break;
      case 'code_inline': {
        const start = text.length;
        append(child.content);
        if (text.length > start) marks.push({ kind: 'code', start, end: text.length });
        break;
      }
      case 'em_open':
      case 'strong_open':
        open.push({ kind: child.type === 'em_open' ? 'emphasis' : 'strong', start: text.length });
        break;
      case 'em_close':
        close('emphasis');
        break;
      case 'strong_close':
        close('strong');
        break;
      case 'link_open': {
        const href = String(child.attrGet('href') ?? '');
        open.push({ kind: 'link', start: text.length, ...(SAFE_LINK.test(href) ? { href } : {}) });
        break;
      }
      case 'link_close':
        close('link');
        break;
      case 'footnote_ref':
        refs.push({ at: text.replace(/ $/, '').length, number: Number(child.meta?.id ?? 0) + 1 });
        break;
      default:
        break;
    }
  }
  const trimmed = text.replace(/ $/, '');
  // A mark opened after a space starts at the next word.
  const fixed = marks.map((m) => ({ ...m, start: trimmed[m.start] === ' ' ? m.start + 1 : m.start, end: Math.min(m.end, trimmed.length) }));
  return {
    text: trimmed,
    marks: fixed.filter((m) => m.end > m.start),
    refs: refs.map((r) => ({ ...r, at: Math.min(r.at, trimmed.length) })),
  };
}

function codeLine(content: string): TLine {
  const text = content.replace(/\s+/g, ' ').trim();
  return { text, marks: text ? [{ kind: 'code', start: 0, end: text.length }] : [], refs: [] };
}

function takeByline(blocks: TEssayBlock[]): { authorName: string | null; blocks: TEssayBlock[] } {
  const [first, ...rest] = blocks;
  if (first?.kind !== 'paragraph' || first.style || rest.length === 0) return { authorName: null, blocks };
  const authorName = readByline(first.line);
  return authorName === null ? { authorName: null, blocks } : { authorName, blocks: rest };
}
