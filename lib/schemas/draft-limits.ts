// Lengths of a draft's details, zod-free so the preview's client form can show them.
export const DRAFT_LIMITS = { title: 200, authorName: 120, sourceName: 120, sourceUrl: 2000 } as const;
