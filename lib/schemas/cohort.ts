import { z } from 'zod';
import { ZId } from '@/lib/schemas/params';
import { userText } from '@/lib/schemas/text';
import { COHORT_ROLES } from '@/lib/domain/access/permissions';

export const ZCohortRole = z.enum(COHORT_ROLES, { error: 'A role is OWNER, MODERATOR, AUTHOR or MEMBER.' });

export const ZCreateCohort = z.object({
  name: userText({
    required: 'Name the cohort.',
    min: 2,
    tooShort: 'Name the cohort (2 characters or more).',
    max: 80,
    tooLong: 'Keep the name under 80 characters.',
  }),
  description: userText({ max: 500, tooLong: 'Keep the description under 500 characters.' }).nullish(),
  allowPseudonyms: z.boolean().default(false),
});

export const ZCreateInvite = z
  .object({
    role: ZCohortRole.default('MEMBER'),
    expiresInDays: z.number().int().min(1, 'An invite lasts at least a day.').max(90, 'An invite lasts at most 90 days.').default(14),
    maxUses: z.number().int().min(1, 'Allow at least one use, or leave the limit empty.').max(1000).nullish(),
    /** An author invite: whoever joins with it becomes this essay's author (one use). */
    essayId: ZId.optional(),
  })
  .refine((invite) => invite.essayId === undefined || invite.role === 'AUTHOR', {
    message: 'An invite for an essay makes its author: set the role to AUTHOR, or leave out the essay.',
    path: ['role'],
  });

export const ZInviteCode = z
  .string()
  .trim()
  .regex(/^[A-Za-z0-9_-]{8,64}$/, 'That does not look like an invite code.');

const ZPseudonym = userText({
  min: 2,
  tooShort: 'A pseudonym has 2 characters or more.',
  max: 40,
  tooLong: 'Keep the pseudonym under 40 characters.',
});

export const ZJoinCohort = z.object({
  code: ZInviteCode,
  pseudonym: ZPseudonym.nullish(),
});

/** A member's own pseudonym in a cohort; null goes back to their name. */
export const ZSetPseudonym = z.object({ pseudonym: ZPseudonym.nullable() });

// Only "on": members chose their pseudonyms trusting they would hold, so an owner cannot unmask them.
export const ZCohortSettings = z.object({
  allowPseudonyms: z.literal(true, { error: 'Pseudonyms can be turned on, not off: members picked theirs trusting they would hold.' }),
});

export const ZChangeRole = z.object({ role: ZCohortRole });
