import type { TAgreementRating } from './types';

/**
 * Ratings a member needs before they are placed on the map: Pol.is's `in-conv` rule
 * (conversation.clj: "rated either all the comments or at least 7 if there are more than 7").
 * Seven keeps a member's position from resting on one or two answers; `min(7, claims)` lets a
 * short essay (five claims, all rated) still be mapped. We leave out Pol.is's "greedy 15" top-up
 * (placing the most active voters even below the threshold): a position drawn from two ratings
 * says little, and showing it invites reading too much into it.
 */
export const MIN_RATINGS_TO_PLACE = 7;

export function minRatingsToPlace(claimCount: number): number {
  return Math.max(1, Math.min(MIN_RATINGS_TO_PLACE, claimCount));
}

/**
 * The 1–5 scale as Pol.is's vote in −1..1: 1 → −1, 2 → −0.5, 3 ("Neither", Pol.is's pass) → 0,
 * 4 → 0.5, 5 → 1. Centred on the scale's middle so "Neither" weighs nothing either way.
 */
export function ratingToVote(value: number): number {
  return (value - 3) / 2;
}

/** Member × claim matrix of votes; `null` = not rated (Pol.is keeps nils until the PCA step). */
export type TAgreementMatrix = {
  memberIds: string[];
  claimIds: string[];
  /** Row per member, column per claim, values in −1..1 or null. */
  votes: (number | null)[][];
  /** Ratings 1..5 as given, same shape, for the per-group counts. */
  values: (number | null)[][];
  ratedCounts: number[];
};

/**
 * Builds the matrix of the members who rated at least `minRatings` of `claimIds` (ratings of
 * other claims — an earlier revision's — are ignored). Rows in order of member id, so the
 * computation never depends on the order rows came from the database.
 */
export function buildAgreementMatrix(
  ratings: readonly TAgreementRating[],
  claimIds: readonly string[],
  minRatings: number,
): { matrix: TAgreementMatrix; raterCount: number } {
  const column = new Map(claimIds.map((id, index) => [id, index]));
  const byMember = new Map<string, (number | null)[]>();
  for (const rating of ratings) {
    const j = column.get(rating.claimId);
    if (j === undefined || !Number.isInteger(rating.value) || rating.value < 1 || rating.value > 5) continue;
    let row = byMember.get(rating.memberId);
    if (!row) byMember.set(rating.memberId, (row = new Array<number | null>(claimIds.length).fill(null)));
    row[j] = rating.value;
  }
  const memberIds = [...byMember.keys()]
    .filter((id) => byMember.get(id)!.filter((v) => v !== null).length >= minRatings)
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const values = memberIds.map((id) => byMember.get(id)!);
  return {
    raterCount: byMember.size,
    matrix: {
      memberIds,
      claimIds: [...claimIds],
      values,
      votes: values.map((row) => row.map((v) => (v === null ? null : ratingToVote(v)))),
      ratedCounts: values.map((row) => row.filter((v) => v !== null).length),
    },
  };
}
