import 'server-only';
import { Prisma } from '@/lib/generated/prisma/client';
import type { TEssayAccess } from '@/lib/server/access/essay-access';
import type { TDb, TTx } from '@/lib/server/db/client';

/**
 * Whether writing a note of this visibility unlocks "post before you see" for its author: a note
 * shared with the cohort, on an essay with the rule on, by someone who does not yet see the
 * others'. A private note contributes nothing to the cohort, so it does not unlock.
 */
export function isUnlockingNote(access: Pick<TEssayAccess, 'reading' | 'seesOthers'>, visibility: 'COHORT' | 'PRIVATE'): boolean {
  return access.reading.postBeforeSee && !access.seesOthers && visibility === 'COHORT';
}

/**
 * The statement recording that the user has posted on the essay (docs/adr/0010): run it in the
 * note's own transaction, so the unlock exists exactly when the note does. It is never deleted
 * with the note — what was seen cannot be unseen.
 */
export function unlockDiscussionStatement(client: TDb | TTx, essayId: string, userId: string): Prisma.PrismaPromise<number> {
  return client.$executeRaw`
    INSERT INTO "DiscussionUnlock" ("essayId", "userId", "createdAt") VALUES (${essayId}, ${userId}, now())
    ON CONFLICT DO NOTHING`;
}

/** The same unlock as a CTE of a write that is one statement, taken once the CTE `note` has its row. */
export function unlockDiscussionCte(essayId: string, userId: string): Prisma.Sql {
  return Prisma.sql`unlocked AS (
    INSERT INTO "DiscussionUnlock" ("essayId", "userId", "createdAt") SELECT ${essayId}, ${userId}, now() FROM note
    ON CONFLICT DO NOTHING
  )`;
}
