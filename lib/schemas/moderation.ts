import { z } from 'zod';
import { ZId } from '@/lib/schemas/params';
import { userText } from '@/lib/schemas/text';
import { CONTENT_TYPES, FLAG_REASONS, FLAG_STATUSES } from '@/lib/schemas/moderation-enums';

export {
  CONTENT_TYPES,
  FLAG_REASONS,
  FLAG_STATUSES,
  type TContentType,
  type TFlagReason,
  type TFlagStatus,
} from '@/lib/schemas/moderation-enums';

export const ZContentTarget = z.object({ type: z.enum(CONTENT_TYPES), id: ZId });

const ZReason = userText({
  required: 'Every moderation action needs a reason members can read.',
  min: 3,
  tooShort: 'Every moderation action needs a reason members can read (3 characters or more).',
  max: 1000,
  tooLong: 'Keep the reason under 1,000 characters.',
});

export const ZFlag = z
  .object({
    target: ZContentTarget,
    reason: z.enum(FLAG_REASONS, { error: 'Pick a reason: off-topic, incivility, spam, duplicate, misrepresents the essay, or other.' }),
    note: userText({ max: 1000, tooLong: 'Keep the note under 1,000 characters.' }).nullish(),
  })
  .refine((f) => f.reason !== 'OTHER' || (f.note ?? '').length > 0, {
    message: 'Say what is wrong when the reason is "other".',
    path: ['note'],
  });

export const ZModerate = z.discriminatedUnion(
  'kind',
  [
    z.object({ kind: z.enum(['HIDE', 'RESTORE', 'LOCK', 'UNLOCK', 'PIN', 'UNPIN']), target: ZContentTarget, reason: ZReason }),
    z.object({
      kind: z.literal('SLOW_MODE'),
      target: ZContentTarget,
      minutes: z
        .number()
        .int()
        .min(0)
        .max(24 * 60, 'Slow mode is at most one post a day.'),
      reason: ZReason,
    }),
    z.object({
      kind: z.literal('MARK_DUPLICATE'),
      target: z.object({ type: z.literal('argument'), id: ZId }),
      duplicateOfId: ZId,
      reason: ZReason,
    }),
    z.object({
      kind: z.literal('SUSPEND'),
      userId: ZId,
      days: z.number().int().min(1).max(365, 'Suspend for at most a year.'),
      reason: ZReason,
    }),
    z.object({ kind: z.literal('UNSUSPEND'), userId: ZId, reason: ZReason }),
  ],
  { error: 'Unknown moderation action.' },
);
export type TModerate = z.infer<typeof ZModerate>;

/** The moderation queue's filters (query string of GET /api/cohorts/:id/flags). */
export const ZFlagQueueFilter = z.object({
  status: z.enum(FLAG_STATUSES).optional(),
  reason: z.enum(FLAG_REASONS).optional(),
  type: z.enum(CONTENT_TYPES).optional(),
});

export const ZAppeal = z.object({
  text: userText({
    min: 10,
    tooShort: 'Explain your appeal in a sentence or two.',
    max: 2000,
    tooLong: 'Keep the appeal under 2,000 characters.',
  }),
});
