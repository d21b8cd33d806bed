import { z } from 'zod';
import { ZId } from '@/lib/schemas/params';
import { safeString, userText } from '@/lib/schemas/text';
import { DRAFT_LIMITS } from '@/lib/schemas/draft-limits';

export { DRAFT_LIMITS };

/**
 * The draft's details staff may correct before publishing. Every field is optional (send what
 * changed); a source name or URL of null removes it. Same limits as the import's.
 */
export const ZDraftDetails = z
  .object({
    title: userText({
      required: 'Give the essay a title.',
      min: 1,
      tooShort: 'Give the essay a title.',
      max: DRAFT_LIMITS.title,
      tooLong: `Keep the title under ${DRAFT_LIMITS.title} characters.`,
    }).optional(),
    authorName: userText({
      required: "Give the author's name.",
      min: 1,
      tooShort: "Give the author's name.",
      max: DRAFT_LIMITS.authorName,
      tooLong: `Keep the author name under ${DRAFT_LIMITS.authorName} characters.`,
    }).optional(),
    sourceName: userText({
      min: 1,
      tooShort: 'Give the source a name, or remove it.',
      max: DRAFT_LIMITS.sourceName,
      tooLong: `Keep the source name under ${DRAFT_LIMITS.sourceName} characters.`,
    }).nullish(),
    sourceUrl: safeString()
      .trim()
      .max(DRAFT_LIMITS.sourceUrl, `Keep the source URL under ${DRAFT_LIMITS.sourceUrl} characters.`)
      .url('The source URL must be a full http(s) address.')
      .refine((url) => /^https?:\/\//i.test(url), 'The source URL must start with http:// or https://.')
      .nullish(),
  })
  .strict()
  .refine((value) => Object.keys(value).length > 0, 'Send at least one of title, authorName, sourceName, sourceUrl.');
export type TDraftDetails = z.infer<typeof ZDraftDetails>;

/** Merge a claim with its neighbour in the same section (either order). */
export const ZMergeDraftClaims = z.object({ first: ZId, second: ZId }).strict();

/** Split a claim at `at`: a UTF-16 offset into the essay's text, strictly inside the claim. */
export const ZSplitDraftClaim = z
  .object({
    claimId: ZId,
    at: z
      .number({ error: 'Say where to split: `at` is a character offset.' })
      .int('`at` is a whole character offset.')
      .min(0, '`at` is an offset from the start of the text: 0 or more.')
      .max(10_000_000),
  })
  .strict();
