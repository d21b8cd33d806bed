// The rating axes and the words of their 1–5 scales, without zod, for the rating widget (see
// annotation-limits.ts).

export const RATING_DIMENSIONS = ['AGREEMENT', 'EVIDENCE'] as const;
export type TRatingDimension = (typeof RATING_DIMENSIONS)[number];

export const AGREEMENT_LABELS = ['Strongly disagree', 'Disagree', 'Neither', 'Agree', 'Strongly agree'] as const;
export const EVIDENCE_LABELS = ['Very weak', 'Weak', 'Moderate', 'Strong', 'Very strong'] as const;
