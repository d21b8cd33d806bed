import 'server-only';
// SECURITY: a claim is reachable only through an essay the viewer may read; else a 404.
import { essayReadableWhere, getEssayAccess, type TEssayAccess } from '@/lib/server/access/essay-access';
import type { TDb, TTx } from '@/lib/server/db/client';
import { isIdShaped } from '@/lib/schemas/params';
import { AppError } from '@/lib/server/errors';

export async function getClaimAccess(
  client: TDb | TTx,
  viewerId: string | null,
  claimId: string,
): Promise<{ essay: TEssayAccess; claimId: string }> {
  if (!isIdShaped(claimId)) throw new AppError('NOT_FOUND', 'No such claim, or it belongs to a cohort you are not in.');
  const claim = await client.claim.findFirst({ where: { id: claimId, essay: essayReadableWhere(viewerId) }, select: { essayId: true } });
  if (!claim) throw new AppError('NOT_FOUND', 'No such claim, or it belongs to a cohort you are not in.');
  return { essay: await getEssayAccess(client, viewerId, { id: claim.essayId }), claimId };
}
