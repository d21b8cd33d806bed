import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseEssay } from '@/lib/domain/essay';
import { extractArticle } from '@/lib/server/essay-import/extract-article';

const fixture = (name: string) => readFileSync(path.resolve(import.meta.dirname, '../../fixtures/articles', name));
const URL = 'https://news.example/2026/10/story/';
const paragraphs = (count: number) =>
  Array.from(
    { length: count },
    (_, i) =>
      `<p>Paragraph ${i + 1} argues that cities should price water at what it costs to deliver, and that the poorest households should get their first slab free. Metering every connection is how a city learns where its water goes.</p>`,
  ).join('');

describe('extractArticle on fixture pages', () => {
  it('reads the op-ed: title, site name, by-line and sections, without the page around it', () => {
    const article = extractArticle({ html: fixture('op-ed.html'), url: URL, contentType: 'text/html; charset=utf-8' });
    expect([article.title, article.siteName, article.parsed.authorName]).toEqual([
      'The Quiet Cost of Cheap Water',
      'The Civic Ledger',
      'Meera Raghunathan',
    ]);
    expect(article.parsed.sections).toHaveLength(4);
    expect(article.parsed.canonicalText).not.toMatch(/Facebook|Twitter|Ravi K\.|Post Comment|Privacy policy|Skip to content/);
  });

  it('reads the demo essay from its web page (IMPRI, Elementor, bold headings) exactly as the text importer reads its text', () => {
    const article = extractArticle({ html: fixture('impri-op-ed.html'), url: 'https://www.impriindia.com/insights/alliances/' });
    const fromText = parseEssay(readFileSync(path.resolve(import.meta.dirname, '../../fixtures/essays/alliances.txt'), 'utf8'));
    expect([article.title, article.siteName]).toEqual(['So Many Alliances, So Little Peace', 'IMPRI Impact and Policy Research Institute']);
    expect(article.parsed.authorName).toBe('Tashvi Chawla');
    expect(article.parsed.sections.map((section) => section.title)).toEqual([
      null,
      'A Glimpse at the Past',
      'Current Scenario',
      'The Alliance and Counter-Alliance Spiral',
      'The Age of Deterrence Inflation',
      'Peace Lost in Translation',
    ]);
    expect(article.parsed.metadata.readMore?.titles).toEqual([
      'Is BRICS a credible Global South minilateral?',
      'Netanyahu Faces Backlash After Israeli Strike on Hamas Leaders in Doha',
    ]);
    // Same words, sections, claims and trailer as the text file: the two importers agree.
    expect(article.parsed.canonicalText).toBe(fromText.canonicalText);
    expect(article.parsed.sections).toEqual(fromText.sections);
    expect(article.parsed.metadata).toEqual(fromText.metadata);
  });

  it.each([
    ['a paywall stub', 'paywall.html', /only the start of the article; the rest is for subscribers/],
    ['a home page of links', 'home-page.html', /No article was found on that page/],
  ])('refuses %s with a message that says so', (_what, name, message) => {
    expect(() => extractArticle({ html: fixture(name), url: URL })).toThrow(message);
  });

  it('refuses a page with more elements than one article has, before reading it', () => {
    const html = `<html><body><article>${paragraphs(6)}${'<span>x</span>'.repeat(30_000)}</article></body></html>`;
    expect(() => extractArticle({ html, url: URL })).toThrow(/more than 25,000 elements, too many to be one article/);
  });

  it('keeps the article when the page marks comments on <body> or <article> (WordPress "comments-open")', () => {
    const html = `<html><body class="single comments-open"><main><article class="post has-comments"><h1>Water</h1>${paragraphs(6)}</article></main></body></html>`;
    expect(extractArticle({ html, url: URL }).parsed.sections[0]?.claims).toHaveLength(12);
  });

  it('decodes a page in its declared charset (windows-1252 from the header, or from a meta tag)', () => {
    const body = `<html><head><title>Caf\u00e9 politics</title></head><body><article><h1>Caf\u00e9 politics</h1><p>By Ren\u00e9e Dupont</p>${paragraphs(5)}<p>The caf\u00e9 closes at nine \u2014 not later.</p></article></body></html>`;
    const cp1252 = Buffer.from(body.replace('\u2014', '\u0097'), 'latin1');
    const fromHeader = extractArticle({ html: cp1252, url: URL, contentType: 'text/html; charset=windows-1252' });
    expect(fromHeader.parsed.authorName).toBe('Ren\u00e9e Dupont');
    expect(fromHeader.parsed.canonicalText).toContain('The caf\u00e9 closes at nine \u2014 not later.');
    const withMeta = Buffer.from(body.replace('<head>', '<head><meta charset="windows-1252">').replace('\u2014', '\u0097'), 'latin1');
    expect(extractArticle({ html: withMeta, url: URL, contentType: 'text/html' }).parsed.canonicalText).toContain('caf\u00e9 closes');
  });
});
