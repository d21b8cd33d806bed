import 'server-only';
import { isProbablyReaderable, Readability } from '@mozilla/readability';
import { JSDOM, VirtualConsole } from 'jsdom';
import { parseEssayBlocks, readHtml, stripSiteName, type TParsedEssay } from '@/lib/domain/essay';
import { AppError } from '@/lib/server/errors';
import { stripPageChrome } from '@/lib/server/essay-import/strip-page-chrome';

export type TExtractedArticle = { parsed: TParsedEssay; title: string | null; siteName: string | null };

// Fewer readable characters than this is a teaser, a stub or an index page, not an essay to argue over.
const MIN_ARTICLE_CHARS = 400;
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

function hasPaywallMarkers(document: Document): boolean {
  const classes = Array.from(
    document.querySelectorAll('[class], [id]'),
    (element) => `${element.getAttribute('class') ?? ''} ${element.id}`,
  ).join(' ');
  return PAYWALL_WORDS.test(classes) || PAYWALL_TEXT.test(document.body?.textContent ?? '');
}
