import { z } from 'zod';
import { RESPONSE_STATUSES } from '@/lib/schemas/author-statuses';
import { ZId } from '@/lib/schemas/params';
import { userText } from '@/lib/schemas/text';

export { RESPONSE_STATUSES } from '@/lib/schemas/author-statuses';

export const ZCritiqueRef = z.discriminatedUnion(
  'type',
  [
    z.object({ type: z.literal('annotation'), id: ZId }),
    z.object({ type: z.literal('argument'), id: ZId }),
    z.object({ type: z.literal('claim'), id: ZId }),
  ],
  { error: 'Say which critique you answer: { type: "annotation" | "argument" | "claim", id }.' },
);

export const ZRespond = z
  .object({
    critique: ZCritiqueRef,
    status: z.enum(RESPONSE_STATUSES, { error: 'A response is acknowledged, conceded, disputed, clarified or revised.' }),
    body: userText({ min: 1, tooShort: 'Say something to the critic.', max: 5000, tooLong: 'Keep the response under 5,000 characters.' }),
    // For REVISED: the claim to change and its new wording.
    revision: z
      .object({
        claimId: ZId,
        text: userText({
          min: 1,
          tooShort: 'The revised claim cannot be empty.',
          max: 2000,
          tooLong: 'Keep the revised claim under 2,000 characters.',
        }),
      })
      .nullish(),
  })
  .refine((r) => (r.status === 'REVISED') === Boolean(r.revision), {
    message: 'A "revised" response carries the claim’s new wording, and only it does.',
    path: ['revision'],
  });

export const ZCritiqueState = z.object({
  state: z.enum(['ACCEPTED', 'REOPENED'], { error: 'Accept the response or reopen the critique.' }),
});
