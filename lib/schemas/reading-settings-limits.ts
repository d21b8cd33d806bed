// Zod-free, so the facilitator's form can show the same bounds the server enforces.

/** A new essay's opinion map opens to a viewer after this many rated claims (ADR 0014). */
export const DEFAULT_OPINION_MAP_MIN_RATINGS = 5;
/** One rating would show groups to someone who has barely read; 50 is more than most essays have claims. */
export const OPINION_MAP_MIN_RATINGS_LIMITS = { min: 1, max: 50 } as const;
