// The essay import's web fetch against a real local HTTP server: fixture pages are read as
// articles, and every way an address can try to reach into the server's network, or to waste its
// time and memory, is refused with a message that says why. The local server is a private
// address, so reaching it at all needs the operator allow-list (COUNTERPOINT_IMPORT_ALLOW_HOSTS).
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { extractArticle } from '@/lib/server/essay-import/extract-article';
import { ARTICLE_FETCH_LIMITS, fetchArticlePage } from '@/lib/server/essay-import/fetch-article-page';
import { startArticleServer, type TArticleServer } from '@/tests/support/article-server';

let server: TArticleServer;
const at = (host: string, path: string) => `http://${host}:${server.port}${path}`;
const allow = (value: string | undefined) => {
  if (value === undefined) delete process.env.COUNTERPOINT_IMPORT_ALLOW_HOSTS;
  else process.env.COUNTERPOINT_IMPORT_ALLOW_HOSTS = value;
};

beforeAll(async () => {
  server = await startArticleServer();
});
afterAll(async () => {
  allow(undefined);
  await server.close();
});
afterEach(() => allow(undefined));

describe('fetching an allowed page', () => {
  it('reads the op-ed as an article: sections from its headings, by-line, publisher and trailer', async () => {
    allow('127.0.0.1');
    const page = await fetchArticlePage(at('127.0.0.1', '/2026/10/cheap-water/'));
    const article = extractArticle({ html: page.bytes, url: page.url, contentType: page.contentType });
    expect(article.title).toBe('The Quiet Cost of Cheap Water');
    expect(article.siteName).toBe('The Civic Ledger');
    expect(article.parsed.authorName).toBe('Meera Raghunathan');
    expect(article.parsed.sections.map((section) => section.title)).toEqual([
      null,
      'How the subsidy hides',
      'What a fair tariff would look like',
      'Objections worth taking seriously',
    ]);
    expect(article.parsed.sections[0]?.claims[0]?.text).toBe(
      'Every city that has promised its residents cheap water has eventually had to choose between the price and the pipes.',
    );
    expect(article.parsed.metadata.about).toBe(
      'Meera Raghunathan is an urban infrastructure researcher based in Chennai. She writes on water and city finance.',
    );
    expect(article.parsed.metadata.disclaimer).toMatch(/^The views expressed in this article are those of the author/);
    // Navigation, ads, share bars, related articles, comments, widgets and the footer stay out.
    for (const chrome of [
      'Subscribe',
      'Advertisement',
      'monsoon getaway',
      'WhatsApp',
      'You may also like',
      'helpline',
      'Leave a Reply',
      'Newsletter',
      'All rights reserved',
      'cookies',
    ]) {
      expect(article.parsed.canonicalText).not.toContain(chrome);
    }
    // The pull quote repeats a body sentence: it is one claim, not two.
    const claims = article.parsed.sections.flatMap((section) => section.claims.map((claim) => claim.text));
    expect(claims.filter((text) => text.startsWith('A tariff that looks generous'))).toHaveLength(1);
  });

  it('follows a redirect on the same allowed host and reports the final address', async () => {
    allow('127.0.0.1');
    const page = await fetchArticlePage(at('127.0.0.1', '/short-link'));
    expect(page.url).toBe(at('127.0.0.1', '/2026/10/cheap-water/'));
  });

  it('reads an address typed without its scheme as https', async () => {
    // The local server speaks plain http, so the https attempt fails to connect: proof it was tried.
    allow('127.0.0.1');
    await expect(fetchArticlePage(`127.0.0.1:${server.port}/2026/10/cheap-water/`)).rejects.toMatchObject({
      message: expect.stringMatching(/No secure \(https\) connection could be made to that site/),
    });
    await expect(fetchArticlePage(`localhost:${server.port}/`)).rejects.toMatchObject({ message: expect.stringMatching(/Only http/) });
  });

  it('refuses a paywall stub as such', async () => {
    allow('127.0.0.1');
    const page = await fetchArticlePage(at('127.0.0.1', '/paywalled'));
    expect(() => extractArticle({ html: page.bytes, url: page.url, contentType: page.contentType })).toThrow(
      /only the start of the article/,
    );
  });

  it('refuses a page that is not an article (a home page of links)', async () => {
    allow('127.0.0.1');
    const page = await fetchArticlePage(at('127.0.0.1', '/home'));
    expect(() => extractArticle({ html: page.bytes, url: page.url, contentType: page.contentType })).toThrow(
      /No article was found on that page/,
    );
  });
});

describe('the SSRF guard', () => {
  it.each([
    [
      '127.0.0.1 (loopback) without the allow-list',
      () => at('127.0.0.1', '/2026/10/cheap-water/'),
      /127\.0\.0\.1 is a private or reserved network address/,
    ],
    [
      'a DNS name that resolves to loopback (localhost)',
      () => at('localhost', '/2026/10/cheap-water/'),
      /localhost is a private or reserved network address/,
    ],
    ['[::1] (IPv6 loopback)', () => `http://[::1]:${server.port}/`, /is a private or reserved network address/],
    ['the cloud metadata address', () => 'http://169.254.169.254/latest/meta-data/', /169\.254\.169\.254 is a private or reserved/],
    ['0.0.0.0', () => `http://0.0.0.0:${server.port}/`, /0\.0\.0\.0 is a private or reserved/],
    ['loopback written as a decimal number', () => `http://2130706433:${server.port}/`, /127\.0\.0\.1 is a private or reserved/],
    ['an IPv4-mapped IPv6 loopback', () => `http://[::ffff:127.0.0.1]:${server.port}/`, /is a private or reserved network address/],
    ['a file: address', () => 'file:///etc/passwd', /Only http:\/\/ and https:\/\//],
    ['an ftp: address', () => 'ftp://example.com/essay.txt', /Only http:\/\/ and https:\/\//],
    ['an address with a password in it', () => 'https://user:secret@example.com/', /user name or password/],
    ['something that is not an address', () => 'the essay about water', /not a web address/],
  ])('refuses %s', async (_what, address, message) => {
    await expect(fetchArticlePage(address())).rejects.toMatchObject({ status: 400, message: expect.stringMatching(message) });
  });

  it('refuses a redirect from an allowed host to a blocked address', async () => {
    allow('localhost'); // the host name is allowed; the literal 127.0.0.1 it redirects to is not
    await expect(fetchArticlePage(at('localhost', '/2026/10/cheap-water/'))).resolves.toMatchObject({ contentType: /text\/html/ });
    await expect(fetchArticlePage(at('localhost', '/to-loopback'))).rejects.toMatchObject({
      message: expect.stringMatching(/127\.0\.0\.1 is a private or reserved network address/),
    });
    await expect(fetchArticlePage(at('localhost', '/to-metadata'))).rejects.toMatchObject({
      message: expect.stringMatching(/169\.254\.169\.254 is a private or reserved/),
    });
  });

  it('stops after the redirect cap', async () => {
    allow('127.0.0.1');
    await expect(fetchArticlePage(at('127.0.0.1', '/loop'))).rejects.toMatchObject({
      message: expect.stringMatching(/redirected more than 5 times/),
    });
  });

  it('refuses an answer that is not HTML', async () => {
    allow('127.0.0.1');
    await expect(fetchArticlePage(at('127.0.0.1', '/data.json'))).rejects.toMatchObject({
      message: expect.stringMatching(/not a web page.*application\/json/),
    });
  });

  it('refuses an error page', async () => {
    allow('127.0.0.1');
    await expect(fetchArticlePage(at('127.0.0.1', '/missing'))).rejects.toMatchObject({ message: expect.stringMatching(/HTTP 404/) });
  });

  it('stops reading a page past the size cap (streamed, no Content-Length)', async () => {
    allow('127.0.0.1');
    await expect(fetchArticlePage(at('127.0.0.1', '/huge'))).rejects.toMatchObject({ message: expect.stringMatching(/larger than 5 MB/) });
  });

  it('gives up on a site that does not answer within the time cap', async () => {
    allow('127.0.0.1');
    const started = Date.now();
    await expect(fetchArticlePage(at('127.0.0.1', '/silent'), { ...ARTICLE_FETCH_LIMITS, timeoutMs: 500 })).rejects.toMatchObject({
      message: expect.stringMatching(/did not send the page within 0\.5 seconds/),
    });
    expect(Date.now() - started).toBeLessThan(3000);
  });
});
