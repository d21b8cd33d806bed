// How an author can answer a critique, without zod, for the respond form (see annotation-limits.ts).

export const RESPONSE_STATUSES = ['ACKNOWLEDGED', 'CONCEDED', 'DISPUTED', 'CLARIFIED', 'REVISED'] as const;
