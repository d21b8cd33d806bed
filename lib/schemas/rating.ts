import { z } from 'zod';
import { RATING_DIMENSIONS, type TRatingDimension } from '@/lib/schemas/rating-scale';

export { AGREEMENT_LABELS, EVIDENCE_LABELS, RATING_DIMENSIONS, type TRatingDimension } from '@/lib/schemas/rating-scale';
export const ZRatingDimension = z.enum(RATING_DIMENSIONS, { error: 'A rating is about AGREEMENT or EVIDENCE.' });

/** Both axes are 1–5: agreement from strongly disagree (1) to strongly agree (5); evidence from weak (1) to strong (5). */
export const ZRateClaim = z.object({
  value: z
    .number({ error: 'A rating is a number from 1 to 5.' })
    .int('A rating is a whole number from 1 to 5.')
    .min(1, 'A rating is a number from 1 to 5.')
    .max(5, 'A rating is a number from 1 to 5.'),
});

/** One axis of a claim's ratings as a viewer may see it: the distribution only once they rated. */
export type TRatingAxisView = {
  dimension: TRatingDimension;
  mine: number | null;
  /** Hidden (null) until the viewer has rated this axis themselves, so the first judgment is their own. */
  summary: null | {
    count: number;
    mean: number | null;
    histogram: number[];
    consensus: { kind: string; label: string; agreement: number | null };
  };
};
