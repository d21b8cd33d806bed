import 'server-only';
import MarkdownIt from 'markdown-it';
import sanitizeHtml from 'sanitize-html';

// Two layers, on purpose: markdown-it never emits raw HTML, and sanitize-html then enforces the
// allowlist on whatever markdown-it did emit. A bug or a future option in one layer is not an XSS.

// html: false -> a user's `<script>` is text, escaped, never markup.
// linkify: a bare URL in a note becomes a link, as readers expect.
// breaks: a single newline is a line break; notes are short and written like chat, not prose.
const markdownIt = new MarkdownIt({ html: false, linkify: true, breaks: true });
// No images: an <img> in a note makes every reader's browser fetch a URL the author chose (tracking,
// IP logging). With the rule off, `![x](url)` stays a plain link the reader may choose to follow.
// No tables: they are not in the allowlist and would collapse into run-together text.
markdownIt.disable(['image', 'table']);
// Bare URLs are linkified only for schemes the sanitizer keeps (http, https, mailto); `ftp://x` and
// `//host` would otherwise become links with their href stripped, so they stay plain text.
markdownIt.linkify.add('ftp:', null).add('//', null);

/**
 * Which configuration of this renderer made a stored `Annotation.bodyHtml`. Notes are rendered once,
 * when written; BUMP THIS whenever anything in this file changes what HTML comes out (markdown-it
 * options or rules, the sanitizer policy, the transforms), so rows rendered by the old configuration
 * are re-rendered at start-up (refreshStaleNoteHtml) and, until then, on read.
 */
export const MARKDOWN_RENDERER_VERSION = 1;

const REL = 'nofollow ugc noopener';

const POLICY: sanitizeHtml.IOptions = {
  // Exactly what markdown-it's enabled rules can produce. No img/iframe/svg/math/style/script:
  // they would load remote content or run code. `s` is markdown-it's ~~strikethrough~~.
  allowedTags: ['p', 'br', 'em', 'strong', 's', 'code', 'pre', 'blockquote', 'ul', 'ol', 'li', 'a', 'h3', 'h4', 'h5', 'h6', 'hr'],
  // No style, no on* handlers, no class: only the attributes that carry meaning.
  allowedAttributes: { a: ['href', 'title', 'rel'], ol: ['start'] },
  // Schemes are parsed by sanitize-html after decoding entities and dropping whitespace/control
  // characters, so `JaVaScRiPt:` and `java&#x09;script:` are caught too. Relative links stay.
  allowedSchemes: ['http', 'https', 'mailto'],
  // `//host/x` borrows the page's scheme; an off-site link must spell out its own.
  allowProtocolRelative: false,
  transformTags: {
    // User content: search engines get no endorsement (nofollow ugc); rel is set, never taken from input.
    a: sanitizeHtml.simpleTransform('a', { rel: REL }),
    // The page owns h1 (essay title) and h2 (sections): a note's headings shift down two levels, so
    // `#`/`##` keep their relative order without outranking the page outline.
    h1: 'h3',
    h2: 'h4',
    h3: 'h5',
    h4: 'h6',
    h5: 'h6',
  },
  // Anything else loses its tag but keeps its text; script/style/textarea lose their text too.
  disallowedTagsMode: 'discard',
};

/**
 * Renders a user's Markdown (an annotation body) to HTML that is safe to inject into a page.
 * @example renderMarkdown('**yes** <b>') // '<p><strong>yes</strong> &lt;b&gt;</p>\n'
 */
export function renderMarkdown(markdown: string): string {
  return sanitizeHtml(markdownIt.render(markdown), POLICY);
}
