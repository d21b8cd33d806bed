import 'server-only';
import { isEssayParseError, parseEssay, type TParsedEssay } from '@/lib/domain/essay';
import type { TAddEssay } from '@/lib/schemas/essay-import';
import { AppError } from '@/lib/server/errors';
import { extractArticle } from '@/lib/server/essay-import/extract-article';
import { ARTICLE_FETCH_LIMITS, fetchArticlePage, type TFetchLimits } from '@/lib/server/essay-import/fetch-article-page';
import { readDocx } from '@/lib/server/essay-import/read-docx';

/** An essay read from where it came from, before anything is stored. */
export type TEssaySource = {
  parsed: TParsedEssay;
  /** The title the source gives (a page's title); null when only the text can suggest one. */
  title: string | null;
  /** The publisher: a web page's site name (or host). */
  sourceName: string | null;
  sourceUrl: string | null;
};

/**
 * Reads pasted text, an uploaded file (.txt, .md, .html, .docx) or a web article into a parsed
 * essay. Every way it can fail is an AppError with a message for the person importing.
 */
export async function readEssaySource(input: TAddEssay, fetchLimits: TFetchLimits = ARTICLE_FETCH_LIMITS): Promise<TEssaySource> {
  try {
    if (input.source === 'text') {
      return { parsed: parseEssay(input.text, { format: input.format }), title: null, sourceName: null, sourceUrl: null };
    }
    if (input.source === 'url') {
      const page = await fetchArticlePage(input.url, fetchLimits);
      const article = extractArticle({ html: page.bytes, url: page.url, contentType: page.contentType });
      const host = new URL(page.url).hostname.replace(/^www\./, '');
      return { parsed: article.parsed, title: article.title, sourceName: article.siteName ?? host, sourceUrl: page.url };
    }
    return await readFile(input.file);
  } catch (error) {
    if (isEssayParseError(error)) throw new AppError('BAD_REQUEST', error.message);
    throw error;
  }
}

async function readFile(file: File): Promise<TEssaySource> {
  const bytes = Buffer.from(await file.arrayBuffer());
  const name = file.name.toLowerCase();
  const none = { title: null, sourceName: null, sourceUrl: null };
  if (name.endsWith('.docx')) return { parsed: await readDocx(bytes), ...none };
  if (name.endsWith('.html') || name.endsWith('.htm')) {
    // A saved web page: read like an article, with no address of its own.
    const article = extractArticle({ html: bytes, url: 'https://upload.invalid/', contentType: 'text/html' });
    return { parsed: article.parsed, title: article.title, sourceName: article.siteName, sourceUrl: null };
  }
  // Invalid UTF-8 becomes U+FFFD, which the parser counts: a binary file is refused as such.
  const text = new TextDecoder('utf-8').decode(bytes);
  const isMarkdown = name.endsWith('.md') || name.endsWith('.markdown');
  return { parsed: parseEssay(text, { format: isMarkdown ? 'markdown' : 'auto' }), ...none };
}
