import 'server-only';
// SECURITY: exports are for the cohort's moderators and owners (other members: 403; anyone else:
// 404, as for the essay itself), and pseudonymous unless the owner asks for names (others: 403).
import { can, canSeeCohortContent } from '@/lib/domain/access/permissions';
import { getEssayAccess } from '@/lib/server/access/essay-access';
import { db } from '@/lib/server/db/client';
import { AppError } from '@/lib/server/errors';

export type TCsvAccess = {
  essayId: string;
  cohortId: string;
  viewerId: string;
  slug: string;
  withNames: boolean;
  /** Always true for staff, the only ones let through; carried so the note rule is applied, not assumed. */
  seesOthers: boolean;
};

export async function getCsvAccess(viewerId: string | null, slug: string, wantsNames: boolean): Promise<TCsvAccess> {
  const access = await getEssayAccess(db, viewerId, { slug });
  // Public essays have no cohort, so no facilitators or researchers to export for.
  if (viewerId === null || access.cohortId === null || !canSeeCohortContent(access.standing, true)) {
    throw new AppError('NOT_FOUND', 'Exports are for the members of the essay’s cohort.');
  }
  if (!can(access.standing, 'export.csv', { isPrivate: true })) {
    throw new AppError('FORBIDDEN', 'CSV exports are for the cohort’s moderators and owners (facilitators and researchers).');
  }
  if (wantsNames && !can(access.standing, 'export.names', { isPrivate: true })) {
    throw new AppError('FORBIDDEN', 'Only the cohort’s owner may export names. Without ?names=1 the export is pseudonymous.');
  }
  return { essayId: access.essayId, cohortId: access.cohortId, viewerId, slug, withNames: wantsNames, seesOthers: access.seesOthers };
}
