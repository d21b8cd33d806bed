import 'server-only';
// SECURITY: an argument is reachable only through an essay the viewer may read; else a 404.
import { essayReadableWhere, getEssayAccess, type TEssayAccess } from '@/lib/server/access/essay-access';
import type { TDb, TTx } from '@/lib/server/db/client';
import { AppError } from '@/lib/server/errors';

export type TArgumentAccess = { essay: TEssayAccess; argument: { id: string; essayId: string; authorId: string; deletedAt: Date | null; hiddenAt: Date | null; lockedAt: Date | null } };

export async function getArgumentAccess(client: TDb | TTx, viewerId: string | null, argumentId: string): Promise<TArgumentAccess> {
  const argument = await client.argument.findFirst({
    where: { id: argumentId, essay: essayReadableWhere(viewerId) },
    select: { id: true, essayId: true, authorId: true, deletedAt: true, hiddenAt: true, lockedAt: true },
  });
  if (!argument) throw new AppError('NOT_FOUND', 'No such argument, or it belongs to a cohort you are not in.');
  return { essay: await getEssayAccess(client, viewerId, { id: argument.essayId }), argument };
}
