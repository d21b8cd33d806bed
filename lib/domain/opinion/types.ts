/**
 * Opinion groups (issue 14), computed the way Pol.is does (github.com/compdemocracy/polis,
 * math/src/polismath/math/): the member × claim agreement matrix, a 2-D PCA projection, k-means
 * groups, and per-claim statistics by group. Plain data in, plain JSON-able data out, so the
 * cache table stores a result as is and the debate digest can reuse it.
 */

/** One member's AGREEMENT rating of one claim, on the app's 1–5 scale (3 = "Neither"). */
export type TAgreementRating = { memberId: string; claimId: string; value: number };

/** A member placed on the map: their 2-D position and group (index into `groups`, null = no groups found). */
export type TPlacedMember = { memberId: string; x: number; y: number; group: number | null; ratedCount: number };

/** How one group rated one claim. Pol.is's A (agree), D (disagree), S (seen: every rating, "Neither" included). */
export type TGroupClaimVotes = {
  agree: number;
  disagree: number;
  seen: number;
  /** Counts of ratings 1..5 (index 0 = "Strongly disagree"). */
  histogram: [number, number, number, number, number];
  /** Smoothed probability of agreeing, (A + 1) / (S + 2) (Pol.is repness.clj `:pa`). */
  pAgree: number;
  /** Smoothed probability of disagreeing, (D + 1) / (S + 2) (`:pd`). */
  pDisagree: number;
};

export type TClaimOpinion = {
  claimId: string;
  /** Group-informed consensus: the product over groups of pAgree (Pol.is conversation.clj `group-aware-consensus`). */
  consensus: number;
  /** The same product of pDisagree: high when every group disagrees. */
  consensusAgainst: number;
  /** One entry per group, in the order of `groups`. */
  groups: TGroupClaimVotes[];
};

export type TOpinionGroup = {
  /** "A", "B", … in order of size (largest first), so labels stay put while the membership barely moves. */
  label: string;
  size: number;
  centroid: { x: number; y: number };
  /** Convex hull of the members' positions, counter-clockwise; what the map draws. */
  hull: { x: number; y: number }[];
};

/** A claim that tells a group apart from the rest (Pol.is repness.clj `finalize-cmt-stats`). */
export type TRepresentativeClaim = {
  claimId: string;
  /** Whether the group stands out by agreeing or by disagreeing. */
  repfulFor: 'agree' | 'disagree';
  /** Ratio of the group's smoothed probability to the rest's (`:ra` / `:rd`). */
  repness: number;
  /** Two-proportion z statistic of group vs rest (`:rat` / `:rdt`). */
  repnessTest: number;
  pSuccess: number;
  nSuccess: number;
  nTrials: number;
};

export type TCrux = {
  claimId: string;
  /** Highest minus lowest group lean (pAgree − pDisagree): 0 to 2; the larger, the sharper the split. */
  spread: number;
  /** Index of the group leaning most towards agreeing, and the one leaning most towards disagreeing. */
  agreeingGroup: number;
  disagreeingGroup: number;
};

export type TCommonGround = { claimId: string; consensus: number };

export type TOpinionResult = {
  /** Bumped when the shape of this JSON changes, so a cached result of an older shape is recomputed. */
  formatVersion: number;
  claimCount: number;
  /** Members with at least one rating, placed or not. */
  raterCount: number;
  /** Ratings a member needs before they are placed (Pol.is `in-conv`). */
  minRatingsToPlace: number;
  members: TPlacedMember[];
  /** Empty when there are too few placed members or no grouping has every group at least MIN_GROUP_SIZE. */
  groups: TOpinionGroup[];
  /** Silhouette of the chosen grouping (−1..1), null when there are no groups. */
  silhouette: number | null;
  claims: TClaimOpinion[];
  /** Per group (same order as `groups`), its most representative claims, best first. */
  representative: TRepresentativeClaim[][];
  cruxes: TCrux[];
  commonGround: TCommonGround[];
};
