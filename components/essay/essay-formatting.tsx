import type { ReactNode } from 'react';
import type { TFootnote, TInlineMark } from '@/lib/domain/essay/types';

/**
 * Text with its Markdown marks drawn: links (only http(s) and mailto reach the layout, see
 * read-markdown.ts), emphasis, strong and code. The words are React text, never HTML, so nothing
 * in an essay's source can become markup. Marks may overlap; each cut of the text is wrapped in
 * every mark that covers it, the link outermost.
 */
export function Formatted({ text, marks, offset = 0 }: { text: string; marks: readonly TInlineMark[]; offset?: number }): ReactNode {
  if (marks.length === 0) return text;
  const cuts = new Set([0, text.length]);
  for (const m of marks) {
    cuts.add(Math.min(Math.max(m.start - offset, 0), text.length));
    cuts.add(Math.min(Math.max(m.end - offset, 0), text.length));
  }
  const points = [...cuts].sort((a, b) => a - b);
  return points.slice(0, -1).map((from, i) => {
    const to = points[i + 1]!;
    const over = marks.filter((m) => m.start - offset <= from && m.end - offset >= to);
    return <Piece key={from} text={text.slice(from, to)} marks={over} />;
  });
}

function Piece({ text, marks }: { text: string; marks: readonly TInlineMark[] }): ReactNode {
  let node: ReactNode = text;
  if (marks.some((m) => m.kind === 'code')) node = <code className="rounded bg-stone-100 px-1 font-mono text-[0.9em]">{node}</code>;
  if (marks.some((m) => m.kind === 'emphasis')) node = <em>{node}</em>;
  if (marks.some((m) => m.kind === 'strong')) node = <strong>{node}</strong>;
  const link = marks.find((m) => m.kind === 'link');
  if (link?.kind === 'link') {
    node = (
      <a
        href={link.href}
        target="_blank"
        rel="noopener noreferrer nofollow"
        className="text-amber-800 underline decoration-1 underline-offset-2"
      >
        {node}
      </a>
    );
  }
  return node;
}

/** The essay's footnotes, after its text: numbered, each with a link back to where it is referred to. */
export function EssayFootnotes({ footnotes }: { footnotes: readonly TFootnote[] }) {
  return (
    <section
      aria-labelledby="footnotes-title"
      data-testid="footnotes"
      className="mt-10 border-t border-stone-200 pt-6 font-sans text-sm text-stone-700"
    >
      <h2 id="footnotes-title" className="mb-3 text-base font-semibold">
        Footnotes
      </h2>
      <ol className="list-decimal space-y-2 pl-6">
        {footnotes.map((footnote) => (
          <li key={footnote.number} id={`fn-${footnote.number}`} value={footnote.number} data-testid="footnote">
            <Formatted text={footnote.text} marks={footnote.marks} />{' '}
            <a
              href={`#fnref-${footnote.number}`}
              aria-label={`Back to reference ${footnote.number}`}
              className="text-amber-800 no-underline"
            >
              ↩
            </a>
          </li>
        ))}
      </ol>
    </section>
  );
}
