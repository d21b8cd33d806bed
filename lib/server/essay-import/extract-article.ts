import 'server-only';
import { isProbablyReaderable, Readability } from '@mozilla/readability';
import { JSDOM, VirtualConsole } from 'jsdom';
import { parseEssayBlocks, readHtml, stripSiteName, type TParsedEssay } from '@/lib/domain/essay';
import { AppError } from '@/lib/server/errors';
import { stripPageChrome } from '@/lib/server/essay-import/strip-page-chrome';

export type TExtractedArticle = { parsed: TParsedEssay; title: string | null; siteName: string | null };

// Fewer readable characters than this is a teaser, a stub or an index page, not an essay to argue over.
const MIN_ARTICLE_CHARS = 400;
// Heavy news pages have a few thousand elements; past this, parsing and reading would spend
// seconds of the server's CPU on what is not one article.
const MAX_PAGE_ELEMENTS = 25_000;
const PAYWALL_WORDS = /\b(paywall|regwall|subscriber[-_]only|premium[-_]content|piano[-_]?(?:wrap|offer))\b/i;
const PAYWALL_TEXT =
  /(subscribe|sign in|log in|register) to (continue|keep) reading|already a subscriber\?|this (article|story) is (only )?(for|available to) (subscribers|members)/i;

/**
 * Finds the article in a web page and reads it as an essay: Mozilla's Readability (the engine of
 * Firefox's Reader View) picks the main content over jsdom, after `stripPageChrome` has removed
 * navigation, ads, share bars and comments; `readHtml` turns that content into sections (its
 * headings) and paragraphs, and the shared parser splits off the trailer (about the author,
 * disclaimer, "read more") and cuts claims. Title, by-line and site name come from the page's own
 * markup (meta tags, JSON-LD, `rel=author`) as Readability reads them.
 *
 * A page that shows only the start of a story behind a subscription, or that is not an article
 * (a home page, a list of links), is refused with a message that says so.
 */
export function extractArticle(page: { html: Buffer | string; url: string; contentType?: string }): TExtractedArticle {
  // Parsed as HTML even when served as XHTML: a strict XML parse rejects most real pages. Scripts
  // never run and nothing is loaded (jsdom's defaults); the charset comes from the header or the page.
  if (countTags(page.html) > MAX_PAGE_ELEMENTS) {
    throw new AppError(
      'BAD_REQUEST',
      `That page has more than ${MAX_PAGE_ELEMENTS.toLocaleString('en-US')} elements, too many to be one article. Paste the article’s text or upload it as a file instead.`,
    );
  }
  const charset = /charset=([^;]+)/i.exec(page.contentType ?? '')?.[1]?.trim();
  const dom = new JSDOM(page.html, {
    url: page.url,
    contentType: charset ? `text/html; charset=${charset}` : 'text/html',
    virtualConsole: new VirtualConsole(),
  });
  try {
    const document = dom.window.document;
    const isPaywalled = hasPaywallMarkers(document);
    stripPageChrome(document);
    const isReaderable = isProbablyReaderable(document);
    const article = new Readability(document).parse();
    const container = document.createElement('div');
    container.innerHTML = article?.content ?? '';
    const readableChars = (container.textContent ?? '').replace(/\s+/g, ' ').trim().length;
    if (article === null || readableChars < MIN_ARTICLE_CHARS || (!isReaderable && readableChars < 4 * MIN_ARTICLE_CHARS)) {
      throw new AppError(
        'BAD_REQUEST',
        isPaywalled
          ? 'This page shows only the start of the article; the rest is for subscribers. Paste the full text or upload it as a file instead.'
          : 'No article was found on that page: it has too little readable text (it may be a home page, a list of links or a sign-in page). Give the address of the article itself.',
      );
    }
    const siteName = article.siteName?.trim() || null;
    const title = article.title?.trim() ? stripSiteName(article.title.trim(), siteName) : null;
    const read = readHtml(container, { title, byline: article.byline ?? null });
    return { parsed: parseEssayBlocks(read), title, siteName };
  } finally {
    dom.window.close();
  }
}

/** Opening tags ("<" and a letter) in the raw page, counted before parsing so a huge page costs no parse. */
function countTags(html: Buffer | string): number {
  const bytes = typeof html === 'string' ? Buffer.from(html) : html;
  let count = 0;
  for (let i = bytes.indexOf(0x3c); i !== -1 && i < bytes.length - 1; i = bytes.indexOf(0x3c, i + 1)) {
    const next = bytes[i + 1]! | 0x20; // ASCII lower case
    if (next >= 0x61 && next <= 0x7a) count += 1;
  }
  return count;
}

function hasPaywallMarkers(document: Document): boolean {
  const classes = Array.from(
    document.querySelectorAll('[class], [id]'),
    (element) => `${element.getAttribute('class') ?? ''} ${element.id}`,
  ).join(' ');
  return PAYWALL_WORDS.test(classes) || PAYWALL_TEXT.test(document.body?.textContent ?? '');
}
