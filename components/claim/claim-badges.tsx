/** `ratings` is null while the server withholds it: the viewer has not rated the claim yet. */
type TCounts = { annotations: number; ratings: number | null; arguments: number };

export function describeCounts(counts: TCounts): string {
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  const ratings = counts.ratings === null ? 'ratings hidden until you rate' : plural(counts.ratings, 'rating');
  return `${plural(counts.annotations, 'annotation')}, ${ratings}, ${plural(counts.arguments, 'argument')}`;
}

/** Counts after a claim: visible once there is activity, always announced to screen readers. */
export function ClaimBadges({ counts }: { counts: TCounts }) {
  const total = counts.annotations + (counts.ratings ?? 0) + counts.arguments;
  if (total === 0)
    return (
      <span className="sr-only" data-testid="claim-badges" data-annotations={counts.annotations}>
        {`(${describeCounts(counts)})`}
      </span>
    );
  return (
    <sup data-testid="claim-badges" data-annotations={counts.annotations} className="claim-badge" title={describeCounts(counts)}>
      {/* One text node: each {} of its own would cost a <!-- --> marker in the HTML. */}
      <span aria-hidden="true">{`${counts.annotations}·${counts.ratings ?? '?'}·${counts.arguments}`}</span>
      <span className="sr-only">{`(${describeCounts(counts)})`}</span>
    </sup>
  );
}
