import 'server-only';
// SECURITY: an argument is reachable only through an essay the viewer may read; else a 404.
import { essayReadableWhere, getEssayAccess, type TEssayAccess } from '@/lib/server/access/essay-access';
import type { TDb, TTx } from '@/lib/server/db/client';
import { isIdShaped } from '@/lib/schemas/params';
import { AppError } from '@/lib/server/errors';

export type TArgumentAccess = {
  essay: TEssayAccess;
  argument: { id: string; essayId: string; authorId: string; deletedAt: Date | null; hiddenAt: Date | null; lockedAt: Date | null };
};

export async function getArgumentAccess(client: TDb | TTx, viewerId: string | null, argumentId: string): Promise<TArgumentAccess> {
  if (!isIdShaped(argumentId)) throw new AppError('NOT_FOUND', 'No such argument, or it belongs to a cohort you are not in.');
  const argument = await client.argument.findFirst({
    where: { id: argumentId, essay: essayReadableWhere(viewerId) },
    select: { id: true, essayId: true, authorId: true, deletedAt: true, hiddenAt: true, lockedAt: true },
  });
  if (!argument) throw new AppError('NOT_FOUND', 'No such argument, or it belongs to a cohort you are not in.');
  const essay = await getEssayAccess(client, viewerId, { id: argument.essayId });
  // "Post before you see": someone else's argument does not exist for a viewer who has not unlocked.
  if (!essay.seesOthers && argument.authorId !== viewerId) {
    throw new AppError('NOT_FOUND', 'No such argument, or it belongs to a cohort you are not in.');
  }
  return { essay, argument };
}

/**
 * The moderation that governs answers to an argument. A lock holds for the whole subtree (a
 * locked argument's children take no answers either), and slow mode comes from the nearest
 * argument up the chain that has it, so it covers that argument's whole discussion.
 */
export async function getArgumentHolds(
  tx: TTx,
  argumentId: string,
): Promise<{ isLocked: boolean; slowMode: { argumentId: string; minutes: number } | null }> {
  // New arguments only point at ones that already exist, so the chain has no cycles; the depth
  // bound is a guard, not a rule.
  const chain = await tx.$queryRaw<{ id: string; isLocked: boolean; slowModeMinutes: number | null }[]>`
    WITH RECURSIVE chain AS (
      SELECT id, "targetArgumentId", "lockedAt", "slowModeMinutes", 0 AS depth FROM "Argument" WHERE id = ${argumentId}
      UNION ALL
      SELECT a.id, a."targetArgumentId", a."lockedAt", a."slowModeMinutes", c.depth + 1
      FROM "Argument" a JOIN chain c ON a.id = c."targetArgumentId" WHERE c.depth < 10000
    )
    SELECT id, "lockedAt" IS NOT NULL AS "isLocked", "slowModeMinutes" FROM chain ORDER BY depth`;
  const slow = chain.find((row) => row.slowModeMinutes !== null && row.slowModeMinutes > 0);
  return { isLocked: chain.some((row) => row.isLocked), slowMode: slow ? { argumentId: slow.id, minutes: slow.slowModeMinutes! } : null };
}
