import { z } from 'zod';

export const ZImportEssay = z.object({
  title: z.string({ error: 'Give the essay a title (--title "…").' }).trim().min(1, 'Give the essay a title (--title "…").').max(200, 'Keep the title under 200 characters.'),
  authorName: z.string().trim().min(1).max(120, 'Keep the author name under 120 characters.').optional(),
  cohortSlug: z.string().trim().min(1).max(80).optional(),
  sourceName: z.string().trim().min(1).max(120).optional(),
  sourceUrl: z.string().trim().url('The source URL must be a full http(s) URL.').optional(),
  authorUserId: z.string().min(1).optional(),
  slug: z.string().regex(/^[a-z0-9-]{1,80}$/, 'A slug is lower-case letters, digits and hyphens.').optional(),
});
export type TImportEssay = z.infer<typeof ZImportEssay>;
