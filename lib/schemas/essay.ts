import { z } from 'zod';
import { ZId, ZSlug } from '@/lib/schemas/params';
import { safeString, userText } from '@/lib/schemas/text';

export const ZImportEssay = z.object({
  title: userText({
    required: 'Give the essay a title (--title "…").',
    min: 1,
    tooShort: 'Give the essay a title (--title "…").',
    max: 200,
    tooLong: 'Keep the title under 200 characters.',
  }),
  authorName: userText({
    min: 1,
    tooShort: 'The author name cannot be empty.',
    max: 120,
    tooLong: 'Keep the author name under 120 characters.',
  }).optional(),
  cohortSlug: ZSlug.optional(),
  cohortId: ZId.optional(),
  /** Who imports it as a DRAFT for their cohort's staff to check; without it the essay is published at once. */
  draftBy: ZId.optional(),
  sourceName: userText({
    min: 1,
    tooShort: 'The source name cannot be empty.',
    max: 120,
    tooLong: 'Keep the source name under 120 characters.',
  }).optional(),
  sourceUrl: safeString().trim().url('The source URL must be a full http(s) URL.').optional(),
  authorUserId: ZId.optional(),
  slug: z
    .string()
    .regex(/^[a-z0-9-]{1,80}$/, 'A slug is lower-case letters, digits and hyphens.')
    .optional(),
});
export type TImportEssay = z.infer<typeof ZImportEssay>;
