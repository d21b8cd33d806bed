import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '@/lib/server/markdown/render-markdown';

const ALLOWED_TAGS = new Set([
  'p',
  'br',
  'em',
  'strong',
  's',
  'code',
  'pre',
  'blockquote',
  'ul',
  'ol',
  'li',
  'a',
  'h3',
  'h4',
  'h5',
  'h6',
  'hr',
]);
const SAFE_PROTOCOLS = new Set(['http:', 'https:', 'mailto:']);

// Text `<` is always escaped in the output, so every literal `<` opens real markup.
const tagsIn = (html: string): string[] => html.match(/<\/?[a-z][^>]*>/gi) ?? [];
const tagName = (tag: string): string => /^<\/?([a-z0-9]+)/i.exec(tag)?.[1]?.toLowerCase() ?? '';
const hrefsIn = (html: string): string[] =>
  tagsIn(html).flatMap((tag) => [...tag.matchAll(/\shref="([^"]*)"/g)].map((match) => match[1] ?? ''));

/** What a browser would do with the markup: no script, no handler, no style, no dangerous URL. */
function expectInert(html: string): void {
  expect(html).not.toMatch(/<script/i);
  for (const tag of tagsIn(html)) {
    expect(ALLOWED_TAGS, `tag ${tag}`).toContain(tagName(tag));
    // Attribute values are always double-quoted with `"` escaped, so blanking them leaves only names.
    const names = tag.replace(/"[^"]*"/g, '""');
    expect(names).not.toMatch(/\son\w+\s*=/i);
    expect(names).not.toMatch(/\sstyle\s*=/i);
    expect(names).not.toMatch(/\ssrc\s*=/i);
  }
  for (const href of hrefsIn(html)) {
    // Resolve the way a browser would, from a page of the app: relative links stay on our origin.
    const protocol = new URL(href.replaceAll('&amp;', '&'), 'https://counterpoint.test/essays/1').protocol;
    expect(SAFE_PROTOCOLS, `href ${href}`).toContain(protocol);
    expect(href).not.toMatch(/^\s*(javascript|data|vbscript):/i);
  }
}

describe('renderMarkdown with hostile input', () => {
  // `shown`: the text a reader sees instead (raw HTML is escaped, never dropped silently).
  const payloads: { name: string; input: string; shown?: string }[] = [
    { name: 'script tag', input: '<script>alert(1)</script>', shown: '&lt;script&gt;alert(1)&lt;/script&gt;' },
    { name: 'img onerror', input: '<img src=x onerror=alert(1)>', shown: '&lt;img src=x onerror=alert(1)&gt;' },
    { name: 'javascript: link', input: '[x](javascript:alert(1))' },
    { name: 'mixed-case scheme', input: '[x](JaVaScRiPt:alert(1))' },
    { name: 'tab entity inside scheme', input: '[x](java&#x09;script:alert(1))' },
    { name: 'decimal tab entity inside scheme', input: '[x](java&#9;script:alert(1))' },
    { name: 'entity-encoded first letter', input: '[x](&#106;avascript:alert(1))' },
    { name: 'entity-encoded colon', input: '[x](javascript&colon;alert(1))' },
    { name: 'space inside scheme (angle destination)', input: '[x](<java script:alert(1)>)' },
    { name: 'NUL inside scheme', input: '[x](jav\u0000ascript:alert(1))' },
    { name: 'control character before scheme', input: '[x](\u0001javascript:alert(1))' },
    { name: 'leading spaces before scheme', input: '[x](   javascript:alert(1))' },
    { name: 'data: text/html link', input: '[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)' },
    { name: 'data: image link (markdown-it lets it through, sanitizer must not)', input: '[x](data:image/png;base64,AAAA)' },
    { name: 'vbscript: link', input: '[x](vbscript:msgbox(1))' },
    { name: 'reference-style javascript: link', input: '[x]: javascript:alert(1)\n\n[x]' },
    {
      name: 'raw anchor with javascript: href',
      input: '<a href="javascript:alert(1)">x</a>',
      shown: '&lt;a href="javascript:alert(1)"&gt;x&lt;/a&gt;',
    },
    { name: 'svg onload', input: '<svg onload=alert(1)>', shown: '&lt;svg onload=alert(1)&gt;' },
    { name: 'iframe', input: '<iframe src="https://evil.example/">', shown: '&lt;iframe src=' },
    { name: 'style tag', input: '<style>body{display:none}</style>', shown: '&lt;style&gt;body{display:none}&lt;/style&gt;' },
    { name: 'math', input: '<math><mi>x</mi></math>', shown: '&lt;math&gt;' },
    { name: 'attribute breakout', input: '"><script>alert(1)</script>', shown: '&lt;script&gt;' },
    { name: 'attribute breakout through a link title', input: '[x](https://example.com "\\" onmouseover=\\"alert(1)")' },
    { name: 'attribute breakout through a link destination', input: '[a](https://x.example" onmouseover="alert(1))' },
    { name: 'markdown image', input: '![x](https://evil.example/x.png)' },
    { name: 'autolink with javascript:', input: '<javascript:alert(1)>', shown: '&lt;javascript:alert(1)&gt;' },
    { name: 'autolink with upper-case JAVASCRIPT:', input: '<JAVASCRIPT:alert(1)>', shown: '&lt;JAVASCRIPT:alert(1)&gt;' },
    { name: 'bare javascript: URL', input: 'javascript:alert(1)' },
    { name: 'HTML comment', input: '<!-- <script>alert(1)</script> -->', shown: '&lt;!-- &lt;script&gt;' },
    { name: 'raw HTML block', input: '<div onclick="alert(1)">\nhi\n</div>', shown: '&lt;div onclick="alert(1)"&gt;' },
  ];

  it.each(payloads)('$name: renders inert', ({ input, shown }) => {
    const html = renderMarkdown(input);
    expectInert(html);
    expect(html).not.toMatch(/<img|<iframe|<svg|<math|<style/i);
    if (shown) expect(html).toContain(shown);
  });

  it('keeps a markdown image as a link the reader may follow, never an <img> that fetches', () => {
    expect(renderMarkdown('![x](https://evil.example/x.png)')).toBe(
      '<p>!<a href="https://evil.example/x.png" rel="nofollow ugc noopener">x</a></p>\n',
    );
  });

  it('drops a data: href but keeps the link text', () => {
    expect(renderMarkdown('[x](data:image/png;base64,AAAA)')).toBe('<p><a rel="nofollow ugc noopener">x</a></p>\n');
  });
});

describe('renderMarkdown with ordinary notes', () => {
  const cases: { name: string; input: string; html: string }[] = [
    { name: 'emphasis and strong', input: '*em* and **strong**', html: '<p><em>em</em> and <strong>strong</strong></p>\n' },
    { name: 'strikethrough', input: '~~gone~~', html: '<p><s>gone</s></p>\n' },
    { name: 'inline code keeps < as text', input: 'use `a < b`', html: '<p>use <code>a &lt; b</code></p>\n' },
    {
      name: 'fenced code, language class dropped',
      input: '```ts\nif (a < b) {}\n```',
      html: '<pre><code>if (a &lt; b) {}\n</code></pre>\n',
    },
    { name: 'bullet list', input: '- one\n- two', html: '<ul>\n<li>one</li>\n<li>two</li>\n</ul>\n' },
    { name: 'numbered list keeps its start', input: '3. three\n4. four', html: '<ol start="3">\n<li>three</li>\n<li>four</li>\n</ol>\n' },
    { name: 'blockquote', input: '> quoted', html: '<blockquote>\n<p>quoted</p>\n</blockquote>\n' },
    { name: 'single newline is a line break', input: 'first\nsecond', html: '<p>first<br />\nsecond</p>\n' },
    { name: 'horizontal rule', input: 'a\n\n---\n\nb', html: '<p>a</p>\n<hr />\n<p>b</p>\n' },
    {
      name: 'headings shift down two levels, capped at h6',
      input: '# One\n## Two\n### Three\n#### Four\n##### Five\n###### Six',
      html: '<h3>One</h3>\n<h4>Two</h4>\n<h5>Three</h5>\n<h6>Four</h6>\n<h6>Five</h6>\n<h6>Six</h6>\n',
    },
    {
      name: 'link gets exactly rel="nofollow ugc noopener" and no target',
      input: '[source](https://example.com/a "The source")',
      html: '<p><a href="https://example.com/a" title="The source" rel="nofollow ugc noopener">source</a></p>\n',
    },
    {
      name: 'bare URL is linkified',
      input: 'see https://example.com/a?b=1&c=2 now',
      html: '<p>see <a href="https://example.com/a?b=1&amp;c=2" rel="nofollow ugc noopener">https://example.com/a?b=1&amp;c=2</a> now</p>\n',
    },
    {
      name: 'bare e-mail becomes mailto:',
      input: 'ask me@example.com',
      html: '<p>ask <a href="mailto:me@example.com" rel="nofollow ugc noopener">me@example.com</a></p>\n',
    },
    {
      name: 'relative link stays on our site',
      input: '[essay](/essays/1)',
      html: '<p><a href="/essays/1" rel="nofollow ugc noopener">essay</a></p>\n',
    },
    { name: 'ftp:// is not linkified', input: 'ftp://example.com/f', html: '<p>ftp://example.com/f</p>\n' },
    { name: 'a table stays as its text', input: '| a |\n|---|\n| 1 |', html: '<p>| a |<br />\n|---|<br />\n| 1 |</p>\n' },
    { name: 'empty note', input: '', html: '' },
  ];

  it.each(cases)('$name', ({ input, html }) => {
    const rendered = renderMarkdown(input);
    expect(rendered).toBe(html);
    expectInert(rendered);
  });

  it('never lets an author choose rel or target', () => {
    const html = renderMarkdown('[a](https://a.example) and <https://b.example> and https://c.example');
    const anchors = tagsIn(html).filter((tag) => tagName(tag) === 'a' && !tag.startsWith('</'));
    expect(anchors).toHaveLength(3);
    for (const anchor of anchors) {
      expect(anchor.match(/\srel="([^"]*)"/)?.[1]).toBe('nofollow ugc noopener');
      expect(anchor).not.toMatch(/target=/);
    }
  });
});
