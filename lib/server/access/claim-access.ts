import 'server-only';
// SECURITY: a claim is reachable only through an essay the viewer may read; else a 404.
import { getEssayAccess, type TEssayAccess } from '@/lib/server/access/essay-access';
import type { TDb, TTx } from '@/lib/server/db/client';
import { AppError } from '@/lib/server/errors';

const CLAIM_NOT_FOUND = 'No such claim, or it belongs to a cohort you are not in.';

/** The viewer's standing towards the claim's essay, in one statement (the essay found through the claim). */
export async function getClaimAccess(
  client: TDb | TTx,
  viewerId: string | null,
  claimId: string,
): Promise<{ essay: TEssayAccess; claimId: string }> {
  try {
    return { essay: await getEssayAccess(client, viewerId, { claimId }), claimId };
  } catch (error) {
    if (error instanceof AppError && error.code === 'NOT_FOUND') throw new AppError('NOT_FOUND', CLAIM_NOT_FOUND);
    throw error;
  }
}
