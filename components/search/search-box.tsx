import { MAX_SEARCH_QUERY_LENGTH } from '@/lib/schemas/search-limits';

// The kinds filter's choices, as the `kinds` parameter takes them ('' is everything).
const KIND_CHOICES = [
  ['', 'Everything'],
  ['claim', 'Claims'],
  ['note', 'Notes and replies'],
  ['argument', 'Arguments'],
  ['response', 'Author’s responses'],
] as const;

type TProps = {
  /** Search one essay only (its slug); without it, everything the viewer may read. */
  essaySlug?: string;
  /** The accessible name of the box, e.g. "Search this essay". */
  label: string;
  /** What the box starts with (the search page shows the query it answers). */
  defaultValue?: string;
  className?: string;
  /** Offer the kinds filter (the search page), with this choice selected. */
  kinds?: string;
};

/**
 * A search box that works without JavaScript: a GET form to /search (the scope rides along as a
 * hidden field), so Enter submits, the browser keeps history, and a result page can be shared.
 */
export function SearchBox({ essaySlug, label, defaultValue, className, kinds }: TProps) {
  return (
    <form role="search" aria-label={label} action="/search" method="get" className={`flex items-center gap-1 ${className ?? ''}`}>
      {essaySlug === undefined ? null : <input type="hidden" name="essay" value={essaySlug} />}
      <input
        type="search"
        name="q"
        required
        maxLength={MAX_SEARCH_QUERY_LENGTH}
        defaultValue={defaultValue}
        aria-label={label}
        placeholder={label}
        className="w-full min-w-0 rounded border border-stone-300 bg-white px-2 py-1 text-sm focus:border-stone-500 focus:outline-none focus:ring-2 focus:ring-amber-300"
      />
      {kinds === undefined ? null : (
        <select
          name="kinds"
          defaultValue={kinds}
          aria-label="What to search"
          className="rounded border border-stone-300 bg-white px-1.5 py-1 text-sm focus:outline-2 focus:outline-amber-500"
        >
          {KIND_CHOICES.map(([value, text]) => (
            <option key={value} value={value}>
              {text}
            </option>
          ))}
        </select>
      )}
      <button type="submit" className="rounded border border-stone-300 bg-white px-2 py-1 text-sm text-stone-700 hover:bg-stone-100">
        Search
      </button>
    </form>
  );
}
