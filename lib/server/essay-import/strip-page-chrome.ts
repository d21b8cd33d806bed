import 'server-only';

// Words sites use in the class or id of what surrounds an article rather than being it: share
// bars, ads, comment threads, "related" lists, newsletter boxes, cookie banners. Matched against
// whole class/id tokens and their dash/underscore parts ("share-bar" → "share"), never substrings
// ("shadow" is not "ad").
const CHROME_WORDS = new Set(
  (
    'share sharing sharedaddy social ad ads adsbygoogle advert advertisement sponsor sponsored promo newsletter subscribe ' +
    'related recommended comment comments respond disqus cookie cookies consent popup modal breadcrumb breadcrumbs ' +
    'pagination widget sidebar masthead colophon skip'
  ).split(' '),
);
// Elements that are never an article's body, whatever their class.
const CHROME_SELECTOR =
  'nav, aside, [role="navigation"], [role="complementary"], [role="banner"], [role="contentinfo"], [role="dialog"], form, iframe, noscript';
// Containers that may carry a chrome word as a state ("comments-open" on <body>) but hold the article.
const NEVER_REMOVED = new Set(['HTML', 'BODY', 'MAIN', 'ARTICLE']);

/**
 * Removes a page's chrome before Readability reads it. Readability already scores such blocks
 * down, but a long comment thread or a "related articles" list with summaries can outscore a
 * short op-ed, and a share bar inside the article survives its cleaning as a line of link names.
 * Elements that contain the article (`main`, `article`, or an ancestor of one) are kept.
 */
export function stripPageChrome(document: Document): void {
  for (const element of Array.from(document.querySelectorAll(CHROME_SELECTOR))) element.remove();
  for (const element of Array.from(document.querySelectorAll('[class], [id]'))) {
    if (!element.isConnected || NEVER_REMOVED.has(element.tagName) || element.querySelector('article, main') !== null) continue;
    const tokens = `${element.getAttribute('class') ?? ''} ${element.id}`.toLowerCase().split(/\s+/);
    if (tokens.some((token) => token.split(/[-_]/).some((part) => CHROME_WORDS.has(part)))) element.remove();
  }
}
