import 'server-only';

// Words sites use in the class or id of what surrounds an article rather than being it: share
// bars, ads, comment threads, "related" lists, newsletter boxes, cookie banners. Matched against a
// whole class/id token or its first or last dash/underscore part ("share-bar", "entry-share"),
// never a middle part ("elementor-widget-theme-post-content" is IMPRI's article body) or a
// substring ("shadow" is not "ad").
const CHROME_WORDS = new Set(
  (
    'share sharing sharedaddy social ad ads adsbygoogle advert advertisement sponsor sponsored promo newsletter subscribe ' +
    'related relatedposts recommended comment comments respond disqus cookie cookies consent popup modal breadcrumb breadcrumbs ' +
    'pagination widget sidebar masthead colophon skip'
  ).split(' '),
);
// An element holding this share of the page's paragraph text is (around) the article, whatever its class.
const ARTICLE_SHARE = 0.5;
const CHROME_SELECTOR =
  'nav, aside, [role="navigation"], [role="complementary"], [role="banner"], [role="contentinfo"], [role="dialog"], form, iframe, noscript';
// Containers that may carry a chrome word as a state ("comments-open" on <body>) but hold the article.
const NEVER_REMOVED = new Set(['HTML', 'BODY', 'MAIN', 'ARTICLE']);

/**
 * Removes a page's chrome before Readability reads it. Readability already scores such blocks
 * down, but a long comment thread or a "related articles" list with summaries can outscore a
 * short op-ed, and a share bar inside the article survives its cleaning as a line of link names.
 * Elements that contain the article (`main`, `article`, an ancestor of one, or an element holding
 * half the page's paragraph text) are kept.
 */
export function stripPageChrome(document: Document): void {
  for (const element of Array.from(document.querySelectorAll(CHROME_SELECTOR))) element.remove();
  const pageText = paragraphChars(document.body ?? document.documentElement);
  for (const element of Array.from(document.querySelectorAll('[class], [id]'))) {
    if (!element.isConnected || NEVER_REMOVED.has(element.tagName) || element.querySelector('article, main') !== null) continue;
    const tokens = `${element.getAttribute('class') ?? ''} ${element.id}`.toLowerCase().split(/\s+/).filter(Boolean);
    if (!tokens.some(isChromeToken)) continue;
    if (pageText > 0 && paragraphChars(element) >= ARTICLE_SHARE * pageText) continue;
    element.remove();
  }
}

function isChromeToken(token: string): boolean {
  const parts = token.split(/[-_]/);
  return CHROME_WORDS.has(token) || CHROME_WORDS.has(parts[0]!) || CHROME_WORDS.has(parts.at(-1)!);
}

function paragraphChars(root: Element): number {
  return Array.from(root.querySelectorAll('p'), (p) => (p.textContent ?? '').trim().length).reduce((sum, n) => sum + n, 0);
}
