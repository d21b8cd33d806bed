import { describe, expect, it } from 'vitest';
import { snippetHtml } from '@/lib/domain/search/snippet-html';

const S = '\uE000';
const E = '\uE001';

describe('snippetHtml', () => {
  it.each<[string, string, string]>([
    ['plain text stays as it is', 'no match here', 'no match here'],
    ['a marked word becomes <mark>', `the ${S}cat${E} sat`, 'the <mark>cat</mark> sat'],
    ['two marked words', `${S}cats${E} and ${S}dogs${E}`, '<mark>cats</mark> and <mark>dogs</mark>'],
    [
      'a typed script tag is escaped, not run',
      `<script>alert("x")</script> ${S}danger${E}`,
      '&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; <mark>danger</mark>',
    ],
    ['ampersands and quotes are escaped', `Tom & Jerry's ${S}mark${E}`, 'Tom &amp; Jerry&#39;s <mark>mark</mark>'],
    ['a typed <mark> is text, not a highlight', '<mark>fake</mark>', '&lt;mark&gt;fake&lt;/mark&gt;'],
    ['an unclosed marker is closed at the end', `cut ${S}off`, 'cut <mark>off</mark>'],
    ['a stray stop marker is dropped', `odd${E} end`, 'odd end'],
  ])('%s', (_name, headline, expected) => {
    expect(snippetHtml(headline)).toBe(expected);
  });
});
