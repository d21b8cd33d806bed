import { z } from 'zod';
import { MAX_ARGUMENT_TEXT, MAX_ELABORATION } from '@/lib/schemas/argument-limits';
import { ZId } from '@/lib/schemas/params';
import { userText } from '@/lib/schemas/text';

export { MAX_ARGUMENT_TEXT, MAX_ELABORATION } from '@/lib/schemas/argument-limits';

export const ZArgumentTarget = z.discriminatedUnion(
  'type',
  [z.object({ type: z.literal('claim'), id: ZId }), z.object({ type: z.literal('argument'), id: ZId })],
  { error: 'Say what the argument answers: { type: "claim" | "argument", id }.' },
);

export const ZAddArgument = z
  .object({
    target: ZArgumentTarget,
    stance: z.enum(['SUPPORT', 'ATTACK'], { error: 'An argument either supports (SUPPORT) or attacks (ATTACK) its target.' }),
    attackKind: z.enum(['REBUT', 'UNDERCUT']).nullish(),
    text: userText({
      required: 'State the argument in one short claim.',
      min: 1,
      tooShort: 'State the argument in one short claim.',
      max: MAX_ARGUMENT_TEXT,
      tooLong: `Keep the claim under ${MAX_ARGUMENT_TEXT} characters; put the rest in the elaboration.`,
    }),
    elaboration: userText({
      max: MAX_ELABORATION,
      tooLong: `Keep the elaboration under ${MAX_ELABORATION.toLocaleString('en')} characters.`,
    }).nullish(),
  })
  .superRefine((input, ctx) => {
    if (input.stance === 'ATTACK' && !input.attackKind) {
      ctx.addIssue({
        code: 'custom',
        path: ['attackKind'],
        message: 'Say how it attacks: REBUT (the target is false) or UNDERCUT (the reasoning does not follow).',
      });
    }
    if (input.stance === 'SUPPORT' && input.attackKind) {
      ctx.addIssue({ code: 'custom', path: ['attackKind'], message: 'Only an attack has an attack kind.' });
    }
    if (input.attackKind === 'UNDERCUT' && input.target.type === 'claim') {
      ctx.addIssue({
        code: 'custom',
        path: ['attackKind'],
        message:
          'An undercut challenges how an argument bears on its target, so it answers an argument, not an essay claim. Use REBUT to say the claim is false.',
      });
    }
  });
export type TAddArgument = z.input<typeof ZAddArgument>;

export const ZImpactVote = z.object({
  impact: z
    .number({ error: 'Impact is a whole number from 0 (none) to 4 (decisive).' })
    .int()
    .min(0, 'Impact is from 0 to 4.')
    .max(4, 'Impact is from 0 to 4.'),
  isRelevant: z.boolean().nullish(),
});
