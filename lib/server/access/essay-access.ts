import 'server-only';
// SECURITY: every read of an essay (and of anything hanging off it: claims, annotations,
// arguments) starts from these where-clauses. A private essay the viewer cannot see must be
// indistinguishable from one that does not exist: callers turn "no row" into a 404.
import { Prisma } from '@/lib/generated/prisma/client';
import { can, standingOf, type TAction, type TCohortRole, type TStanding } from '@/lib/domain/access/permissions';
import type { TDb, TTx } from '@/lib/server/db/client';
import { isIdShaped, isSlugShaped } from '@/lib/schemas/params';
import { AppError } from '@/lib/server/errors';

/** Essays the viewer may read: public ones, and those of cohorts they belong to. */
export function essayReadableWhere(viewerId: string | null): Prisma.EssayWhereInput {
  if (viewerId === null) return { cohortId: null };
  return { OR: [{ cohortId: null }, { cohort: { memberships: { some: { userId: viewerId } } } }] };
}

export type TEssayAccess = {
  essayId: string;
  cohortId: string | null;
  standing: TStanding;
  /** Which revision is current (null: no text yet), so a write can check what the client saw without another read. */
  currentRevisionId: string | null;
};

type TAccessRow = {
  id: string;
  cohortId: string | null;
  currentRevisionId: string | null;
  role: TCohortRole | null;
  suspendedUntil: Date | null;
};

/**
 * Resolves the viewer's standing towards an essay — named by slug, id, or one of its claims — or
 * throws NOT_FOUND when they may not see it.
 * One statement (every page and route starts here): the essay with the viewer's membership of its
 * cohort. Its WHERE is `essayReadableWhere` written in SQL — public, or a cohort the viewer belongs
 * to — because Prisma would load the cohort and the membership in two more round trips.
 */
export async function getEssayAccess(
  client: TDb | TTx,
  viewerId: string | null,
  where: { slug: string } | { id: string } | { claimId: string },
): Promise<TEssayAccess> {
  // A slug or id of a shape we never make names nothing; PostgreSQL would refuse some (a NUL).
  if ('slug' in where ? !isSlugShaped(where.slug) : !isIdShaped('id' in where ? where.id : where.claimId))
    throw new AppError('NOT_FOUND', 'No such essay, or you are not a member of its cohort.');
  const match =
    'slug' in where
      ? Prisma.sql`e.slug = ${where.slug}`
      : 'id' in where
        ? Prisma.sql`e.id = ${where.id}`
        : Prisma.sql`e.id = (SELECT c."essayId" FROM "Claim" c WHERE c.id = ${where.claimId})`;
  // Signed out: `m."userId" = NULL` matches no membership, so only public essays are found.
  const rows = await client.$queryRaw<TAccessRow[]>`
    SELECT e.id, e."cohortId", e."currentRevisionId", m.role::text AS role, m."suspendedUntil"
      FROM "Essay" e
      LEFT JOIN "Membership" m ON m."cohortId" = e."cohortId" AND m."userId" = ${viewerId}
     WHERE ${match} AND (e."cohortId" IS NULL OR m.id IS NOT NULL)
     LIMIT 1`;
  const essay = rows[0];
  if (!essay) throw new AppError('NOT_FOUND', 'No such essay, or you are not a member of its cohort.');
  const membership = essay.role === null ? null : { role: essay.role, suspendedUntil: essay.suspendedUntil };
  const standing = standingOf({ viewerId, cohortId: essay.cohortId, membership, now: new Date() });
  return { essayId: essay.id, cohortId: essay.cohortId, standing, currentRevisionId: essay.currentRevisionId };
}

/** Throws FORBIDDEN (or UNAUTHENTICATED for signed-out viewers) unless the table allows the action. */
export function assertCan(access: TEssayAccess, action: TAction): void {
  if (can(access.standing, action, { isPrivate: access.cohortId !== null })) return;
  if (access.standing === 'ANONYMOUS') throw new AppError('UNAUTHENTICATED', 'Sign in to do that.');
  if (access.standing === 'SUSPENDED') throw new AppError('FORBIDDEN', 'You are suspended from this cohort for now.');
  throw new AppError('FORBIDDEN', 'Your role in this cohort does not allow that.');
}
