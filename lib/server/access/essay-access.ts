import 'server-only';
// SECURITY: every read of an essay (and of anything hanging off it: claims, annotations,
// arguments) starts from these where-clauses. A private essay the viewer cannot see must be
// indistinguishable from one that does not exist: callers turn "no row" into a 404.
import type { Prisma } from '@/lib/generated/prisma/client';
import { can, standingOf, type TAction, type TStanding } from '@/lib/domain/access/permissions';
import type { TDb, TTx } from '@/lib/server/db/client';
import { isIdShaped, isSlugShaped } from '@/lib/schemas/params';
import { AppError } from '@/lib/server/errors';

/** Essays the viewer may read: public ones, and those of cohorts they belong to. */
export function essayReadableWhere(viewerId: string | null): Prisma.EssayWhereInput {
  if (viewerId === null) return { cohortId: null };
  return { OR: [{ cohortId: null }, { cohort: { memberships: { some: { userId: viewerId } } } }] };
}

export type TEssayAccess = { essayId: string; cohortId: string | null; standing: TStanding };

/**
 * Resolves the viewer's standing towards an essay, or throws NOT_FOUND when they may not see it.
 * One query: the essay with the viewer's membership of its cohort.
 */
export async function getEssayAccess(
  client: TDb | TTx,
  viewerId: string | null,
  where: { slug: string } | { id: string },
): Promise<TEssayAccess> {
  // A slug or id of a shape we never make names nothing; PostgreSQL would refuse some (a NUL).
  if ('slug' in where ? !isSlugShaped(where.slug) : !isIdShaped(where.id))
    throw new AppError('NOT_FOUND', 'No such essay, or you are not a member of its cohort.');
  const essay = await client.essay.findFirst({
    where: { AND: [where, essayReadableWhere(viewerId)] },
    select: {
      id: true,
      cohortId: true,
      cohort: {
        select: {
          // Signed-out viewers have no membership: take none rather than filter on a missing id.
          memberships: { where: { userId: viewerId ?? '' }, take: viewerId === null ? 0 : 1, select: { role: true, suspendedUntil: true } },
        },
      },
    },
  });
  if (!essay) throw new AppError('NOT_FOUND', 'No such essay, or you are not a member of its cohort.');
  const membership = essay.cohort?.memberships[0] ?? null;
  const standing = standingOf({ viewerId, cohortId: essay.cohortId, membership, now: new Date() });
  return { essayId: essay.id, cohortId: essay.cohortId, standing };
}

/** Throws FORBIDDEN (or UNAUTHENTICATED for signed-out viewers) unless the table allows the action. */
export function assertCan(access: TEssayAccess, action: TAction): void {
  if (can(access.standing, action, { isPrivate: access.cohortId !== null })) return;
  if (access.standing === 'ANONYMOUS') throw new AppError('UNAUTHENTICATED', 'Sign in to do that.');
  if (access.standing === 'SUSPENDED') throw new AppError('FORBIDDEN', 'You are suspended from this cohort for now.');
  throw new AppError('FORBIDDEN', 'Your role in this cohort does not allow that.');
}
