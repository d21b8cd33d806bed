import 'server-only';
import { ZCohortSettings } from '@/lib/schemas/cohort';
import { assertCohortCan, getCohortAccess } from '@/lib/server/access/cohort-access';
import { db } from '@/lib/server/db/client';
import { parseInput } from '@/lib/server/validation';

/**
 * Lets an existing cohort's members go by pseudonyms (owners only: the same standing that manages
 * members). One way only — see ZCohortSettings.
 */
export async function enablePseudonyms(viewerId: string, cohortId: string, input: unknown): Promise<{ allowPseudonyms: boolean }> {
  parseInput(ZCohortSettings, input);
  return db.$transaction(async (tx) => {
    assertCohortCan(await getCohortAccess(tx, viewerId, cohortId), 'cohort.manage-members');
    return tx.cohort.update({ where: { id: cohortId }, data: { allowPseudonyms: true }, select: { allowPseudonyms: true } });
  });
}
