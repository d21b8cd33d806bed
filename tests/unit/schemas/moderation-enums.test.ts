import { describe, expect, it } from 'vitest';
import { FlagReason, FlagStatus } from '@/lib/generated/prisma/enums';
import { FLAG_REASONS, FLAG_STATUSES, ZFlag, ZFlagQueueFilter } from '@/lib/schemas/moderation';

// The lists forms and filters show are written once in lib/schemas/moderation.ts; `satisfies`
// stops them naming a value the database lacks, this stops them missing one it has.
describe('moderation enums agree with prisma/schema.prisma', () => {
  it('lists every flag reason, in the order the form offers them', () => {
    expect(FLAG_REASONS).toEqual(['OFF_TOPIC', 'INCIVILITY', 'SPAM', 'DUPLICATE', 'MISREPRESENTS_ESSAY', 'OTHER']);
    expect([...FLAG_REASONS].sort()).toEqual(Object.values(FlagReason).sort());
  });

  it('lists every flag status', () => {
    expect([...FLAG_STATUSES].sort()).toEqual(Object.values(FlagStatus).sort());
  });

  it('refuses a reason outside the list, for a flag and for the queue filter', () => {
    const target = { type: 'annotation', id: 'a1' };
    expect(ZFlag.safeParse({ target, reason: 'RUDE' }).success).toBe(false);
    expect(ZFlag.safeParse({ target, reason: 'SPAM' }).success).toBe(true);
    expect(ZFlagQueueFilter.safeParse({ reason: 'RUDE' }).success).toBe(false);
    expect(ZFlagQueueFilter.safeParse({ reason: 'DUPLICATE', status: 'OPEN', type: 'argument' }).success).toBe(true);
  });
});
