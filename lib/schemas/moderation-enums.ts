import type { FlagReason, FlagStatus } from '@/lib/generated/prisma/enums';

// The enums of prisma/schema.prisma that forms, filters and handlers list, written once here,
// without zod so that client components can list them too (lib/schemas/moderation.ts re-exports
// them; `satisfies` keeps each to the schema's values; tests/unit/schemas checks none is missing).
// Their words for people are in components/moderation/labels.ts.
export const FLAG_REASONS = [
  'OFF_TOPIC',
  'INCIVILITY',
  'SPAM',
  'DUPLICATE',
  'MISREPRESENTS_ESSAY',
  'OTHER',
] as const satisfies readonly FlagReason[];
export type TFlagReason = (typeof FLAG_REASONS)[number];
export const FLAG_STATUSES = ['OPEN', 'ACTIONED', 'DISMISSED'] as const satisfies readonly FlagStatus[];
export type TFlagStatus = (typeof FLAG_STATUSES)[number];
/** What a flag or a moderation action can point at. */
export const CONTENT_TYPES = ['annotation', 'argument'] as const;
export type TContentType = (typeof CONTENT_TYPES)[number];
