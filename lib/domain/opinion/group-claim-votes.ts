import type { TClaimOpinion, TGroupClaimVotes } from './types';

/** A rating of 4 or 5 counts as agreeing, 1 or 2 as disagreeing, 3 ("Neither") as Pol.is's pass: seen, neither. */
export function tallyGroupVotes(values: readonly (number | null)[]): TGroupClaimVotes {
  const histogram: TGroupClaimVotes['histogram'] = [0, 0, 0, 0, 0];
  for (const value of values) if (value !== null) histogram[value - 1]!++;
  const agree = histogram[3] + histogram[4];
  const disagree = histogram[0] + histogram[1];
  const seen = agree + disagree + histogram[2];
  return {
    agree,
    disagree,
    seen,
    histogram,
    // The +1/+2 "dumb prior" of Pol.is repness.clj `comment-stats`: a group that has not rated
    // the claim sits at ½, and three agreeing members give 4/5, not certainty.
    pAgree: (agree + 1) / (seen + 2),
    pDisagree: (disagree + 1) / (seen + 2),
  };
}

/**
 * Per claim, each group's votes and the group-informed consensus: the product over groups of
 * their smoothed probability of agreeing (Pol.is conversation.clj `group-aware-consensus`). A
 * claim only scores high if every group tends to agree; one group against it pulls it down.
 * `values[i][j]` is member i's 1–5 rating of claim j (or null); `labels[i]` their group.
 */
export function claimOpinions(
  claimIds: readonly string[],
  values: readonly (readonly (number | null)[])[],
  labels: readonly number[],
  groupCount: number,
): TClaimOpinion[] {
  return claimIds.map((claimId, j) => {
    const columns: (number | null)[][] = Array.from({ length: groupCount }, () => []);
    values.forEach((row, i) => columns[labels[i]!]!.push(row[j] ?? null));
    const groups = columns.map(tallyGroupVotes);
    return {
      claimId,
      consensus: groups.reduce((product, g) => product * g.pAgree, 1),
      consensusAgainst: groups.reduce((product, g) => product * g.pDisagree, 1),
      groups,
    };
  });
}
