import { Link } from '@/components/ui/link';
import { SearchBox } from '@/components/search/search-box';
import { SearchResults } from '@/components/search/search-results';
import { ZSearchQuery, type TSearchPage } from '@/lib/schemas/search';
import { getViewer } from '@/lib/server/auth/viewer';
import { AppError } from '@/lib/server/errors';
import { loadOrNotFound } from '@/lib/server/http/load-or-not-found';
import { searchForViewer } from '@/lib/server/queries/search/search-for-viewer';

export const dynamic = 'force-dynamic';
export const metadata = { title: 'Search' };

type TParams = Record<string, string | string[] | undefined>;
type TProps = { searchParams: Promise<TParams> };

const first = (value: string | string[] | undefined): string | undefined => (Array.isArray(value) ? value[0] : value);

/** The page's answer: nothing asked yet, a message about the input, or a page of results. */
async function answer(viewerId: string | null, params: TParams): Promise<{ page: TSearchPage } | { problem: string } | null> {
  const q = first(params.q);
  if (q === undefined || q.trim() === '') return null;
  // The form's "Everything" sends an empty kinds: the same as none.
  const kinds = first(params.kinds) || undefined;
  const parsed = ZSearchQuery.safeParse({ q, kinds, essay: first(params.essay), cursor: first(params.cursor) });
  if (!parsed.success) return { problem: parsed.error.issues[0]?.message ?? 'That search is not valid.' };
  // An essay the viewer may not read is the 404 page, as everywhere; a bad cursor is a message.
  return loadOrNotFound(async () => {
    try {
      return { page: await searchForViewer(viewerId, parsed.data) };
    } catch (error) {
      if (error instanceof AppError && error.code === 'BAD_REQUEST') return { problem: error.message };
      throw error;
    }
  });
}

function moreHref(params: TParams, cursor: string): string {
  const query = new URLSearchParams();
  for (const key of ['q', 'essay', 'kinds'] as const) {
    const value = first(params[key]);
    if (value) query.set(key, value);
  }
  query.set('cursor', cursor);
  return `/search?${query.toString()}`;
}

export default async function SearchPage({ searchParams }: TProps) {
  const params = await searchParams;
  const viewer = await getViewer();
  const result = await answer(viewer?.id ?? null, params);
  const essaySlug = first(params.essay);
  const q = first(params.q) ?? '';
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <h1 className="font-serif text-3xl font-semibold">Search</h1>
      <SearchBox label="Search" defaultValue={q} essaySlug={essaySlug} kinds={first(params.kinds) ?? ''} />
      <p className="text-sm text-stone-600">
        Words must all match; “a quoted phrase” matches as written, <code>or</code> allows either side, and <code>-word</code> leaves out
        what has it.
        {essaySlug ? (
          <>
            {' '}
            Only in{' '}
            <Link href={`/essays/${essaySlug}`} className="underline underline-offset-4">
              this essay
            </Link>{' '}
            ·{' '}
            <Link href={`/search?q=${encodeURIComponent(q)}`} className="underline underline-offset-4">
              search everything
            </Link>
            .
          </>
        ) : null}
      </p>
      {result === null ? null : 'problem' in result ? (
        <p role="alert" className="rounded border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800">
          {result.problem}
        </p>
      ) : (
        <section aria-label="Results" className="space-y-4">
          <p role="status" className="text-sm text-stone-600" data-testid="search-summary">
            {result.page.results.length === 0
              ? `Nothing you can read matches “${result.page.query}”.`
              : result.page.nextCursor
                ? `The best ${result.page.results.length} results for “${result.page.query}”; more follow.`
                : `${result.page.results.length} result${result.page.results.length === 1 ? '' : 's'} for “${result.page.query}”, best first.`}
          </p>
          <SearchResults results={result.page.results} showEssay={!essaySlug} />
          {result.page.nextCursor ? (
            <Link href={moreHref(params, result.page.nextCursor)} className="inline-block text-sm underline underline-offset-4">
              More results
            </Link>
          ) : null}
        </section>
      )}
    </div>
  );
}
