/** Five bars, one per choice; each bar says its count to screen readers (and in a tooltip). */
export function RatingHistogram({
  histogram,
  labels,
  mine,
}: {
  histogram: readonly number[];
  labels: readonly string[];
  mine: number | null;
}) {
  const tallest = Math.max(1, ...histogram);
  return (
    <ol className="mt-3 flex h-20 items-end gap-1.5" aria-label="How everyone rated" data-testid="rating-histogram">
      {labels.map((label, i) => {
        const count = histogram[i] ?? 0;
        const isMine = mine === i + 1;
        const name = `${label}: ${count} ${count === 1 ? 'rating' : 'ratings'}${isMine ? ' (yours among them)' : ''}`;
        return (
          <li
            key={label}
            className="flex h-full flex-1 flex-col justify-end"
            aria-label={name}
            title={name}
            data-testid="rating-bar"
            data-value={i + 1}
            data-count={count}
          >
            <span
              className={`block rounded-t ${isMine ? 'bg-amber-500' : 'bg-stone-400'}`}
              style={{ height: `${Math.max(count ? 8 : 2, (count / tallest) * 100)}%` }}
            />
            <span aria-hidden="true" className="mt-1 text-center text-[10px] tabular-nums text-stone-500">
              {count}
            </span>
          </li>
        );
      })}
    </ol>
  );
}
