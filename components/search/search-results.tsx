import { Link } from '@/components/ui/link';
import type { TSearchKind, TSearchResult } from '@/lib/schemas/search';

const KIND_LABELS: Record<TSearchKind, string> = {
  claim: 'Claim',
  note: 'Note',
  argument: 'Argument',
  response: 'Author’s response',
};

/**
 * One page of results, best first. Each is a link to where it is read; the snippet is HTML whose
 * only tags are <mark> (lib/domain/search/snippet-html.ts escaped everything else on the server).
 */
export function SearchResults({ results, showEssay }: { results: TSearchResult[]; showEssay: boolean }) {
  return (
    <ol className="space-y-3" data-testid="search-results">
      {results.map((result) => (
        <li key={`${result.kind}-${result.id}`} className="rounded border border-stone-200 bg-white p-4" data-testid="search-result">
          <p className="text-xs font-medium uppercase tracking-wider text-stone-500">
            {KIND_LABELS[result.kind]}
            {result.author ? <span className="normal-case tracking-normal"> · {result.author.name}</span> : null}
            {showEssay ? <span className="normal-case tracking-normal"> · {result.essay.title}</span> : null}
          </p>
          <Link
            href={result.href}
            className="mt-1 block text-stone-900 underline-offset-4 hover:underline focus:outline-none focus:ring-2 focus:ring-amber-300 [&_mark]:rounded-sm [&_mark]:bg-amber-200 [&_mark]:px-0.5"
          >
            <span dangerouslySetInnerHTML={{ __html: result.snippet }} />
          </Link>
        </li>
      ))}
    </ol>
  );
}
