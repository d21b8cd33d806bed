import 'server-only';
// SECURITY: every read of an essay (and of anything hanging off it: claims, annotations,
// arguments) starts from these where-clauses. A private essay the viewer cannot see must be
// indistinguishable from one that does not exist: callers turn "no row" into a 404.
import { Prisma } from '@/lib/generated/prisma/client';
import {
  can,
  canSeeDraft,
  DRAFT_READER_ROLES,
  standingOf,
  type TAction,
  type TCohortRole,
  type TStanding,
} from '@/lib/domain/access/permissions';
import type { TDb, TTx } from '@/lib/server/db/client';
import { isIdShaped, isSlugShaped } from '@/lib/schemas/params';
import { AppError } from '@/lib/server/errors';

/**
 * Essays the viewer may read: published public ones, published ones of cohorts they belong to,
 * and drafts of cohorts where they are staff (owner or moderator, not suspended) — to everyone
 * else a draft does not exist. A draft with no cohort has no staff: nobody reads it.
 */
export function essayReadableWhere(viewerId: string | null): Prisma.EssayWhereInput {
  if (viewerId === null) return { cohortId: null, status: 'PUBLISHED' };
  return {
    OR: [
      { cohortId: null, status: 'PUBLISHED' },
      { status: 'PUBLISHED', cohort: { memberships: { some: { userId: viewerId } } } },
      {
        status: 'DRAFT',
        cohort: {
          memberships: {
            some: {
              userId: viewerId,
              role: { in: [...DRAFT_READER_ROLES] },
              OR: [{ suspendedUntil: null }, { suspendedUntil: { lte: new Date() } }],
            },
          },
        },
      },
    ],
  };
}

/**
 * The draft half of the readable rule in SQL, for statements over `"Essay" <alias>` that check
 * readability themselves: published, or the viewer is unsuspended staff of its cohort.
 */
export function essayNotHiddenDraftSql(alias: string, viewerId: string | null): Prisma.Sql {
  const e = Prisma.raw(`"${alias}"`);
  return Prisma.sql`(${e}.status = 'PUBLISHED' OR EXISTS (
    SELECT 1 FROM "Membership" dm
     WHERE dm."cohortId" = ${e}."cohortId" AND dm."userId" = ${viewerId}
       AND dm.role::text IN (${Prisma.join([...DRAFT_READER_ROLES])})
       AND (dm."suspendedUntil" IS NULL OR dm."suspendedUntil" <= now())))`;
}

export type TEssayAccess = {
  essayId: string;
  cohortId: string | null;
  standing: TStanding;
  /** A draft: only staff get this far, and nobody writes on it until it is published. */
  isDraft: boolean;
  /** Which revision is current (null: no text yet), so a write can check what the client saw without another read. */
  currentRevisionId: string | null;
};

type TAccessRow = {
  id: string;
  cohortId: string | null;
  currentRevisionId: string | null;
  status: 'DRAFT' | 'PUBLISHED';
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
    SELECT e.id, e."cohortId", e."currentRevisionId", e.status::text AS status, m.role::text AS role, m."suspendedUntil"
      FROM "Essay" e
      LEFT JOIN "Membership" m ON m."cohortId" = e."cohortId" AND m."userId" = ${viewerId}
     WHERE ${match} AND (e."cohortId" IS NULL OR m.id IS NOT NULL)
     LIMIT 1`;
  const essay = rows[0];
  if (!essay) throw new AppError('NOT_FOUND', 'No such essay, or you are not a member of its cohort.');
  const membership = essay.role === null ? null : { role: essay.role, suspendedUntil: essay.suspendedUntil };
  const standing = standingOf({ viewerId, cohortId: essay.cohortId, membership, now: new Date() });
  // The draft half of the readable rule: a draft is a 404 to all but its cohort's staff, decided
  // from the same standing `can` reads (a public draft has no staff, so nobody).
  const isDraft = essay.status === 'DRAFT';
  if (isDraft && (essay.cohortId === null || !canSeeDraft(standing)))
    throw new AppError('NOT_FOUND', 'No such essay, or you are not a member of its cohort.');
  return { essayId: essay.id, cohortId: essay.cohortId, standing, isDraft, currentRevisionId: essay.currentRevisionId };
}

/** Throws FORBIDDEN (or UNAUTHENTICATED for signed-out viewers) unless the table allows the action. */
export function assertCan(access: TEssayAccess, action: TAction): void {
  if (can(access.standing, action, { isPrivate: access.cohortId !== null, isDraft: access.isDraft })) return;
  if (access.isDraft && canSeeDraft(access.standing))
    throw new AppError('FORBIDDEN', 'This essay is still a draft: publish it before anyone writes on it.');
  if (access.standing === 'ANONYMOUS') throw new AppError('UNAUTHENTICATED', 'Sign in to do that.');
  if (access.standing === 'SUSPENDED') throw new AppError('FORBIDDEN', 'You are suspended from this cohort for now.');
  throw new AppError('FORBIDDEN', 'Your role in this cohort does not allow that.');
}
