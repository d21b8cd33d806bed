import 'server-only';
// SECURITY: every read of an essay (and of anything hanging off it: claims, annotations,
// arguments) starts from these where-clauses. A private essay the viewer cannot see must be
// indistinguishable from one that does not exist: callers turn "no row" into a 404.
import { Prisma } from '@/lib/generated/prisma/client';
import { can, standingOf, type TAction, type TCohortRole, type TStanding } from '@/lib/domain/access/permissions';
import {
  closedDiscussionMessage,
  discussionStatus,
  seesOthersContributions,
  type TDiscussionSettings,
} from '@/lib/domain/reading/discussion-rules';
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
  /** The essay's reading settings (closed, window, post before you see). */
  reading: TDiscussionSettings;
  /**
   * Whether the viewer sees other people's notes and arguments ("post before you see",
   * seesOthersContributions): when false, every read shows them their own contributions only.
   */
  seesOthers: boolean;
};

type TAccessRow = {
  id: string;
  cohortId: string | null;
  currentRevisionId: string | null;
  role: TCohortRole | null;
  suspendedUntil: Date | null;
  discussion: 'OPEN' | 'CLOSED';
  opensAt: Date | null;
  closesAt: Date | null;
  postBeforeSee: boolean;
  isEssayAuthor: boolean;
  hasUnlocked: boolean;
};

/** Actions that add to or change the discussion: refused while it is closed (assertCan). */
const DISCUSSION_WRITES: readonly TAction[] = ['annotation.create', 'rating.create', 'argument.create'];

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
    SELECT e.id, e."cohortId", e."currentRevisionId", m.role::text AS role, m."suspendedUntil",
           e.discussion::text AS discussion, e."opensAt", e."closesAt", e."postBeforeSee",
           (e."authorUserId" IS NOT NULL AND e."authorUserId" = ${viewerId}) AS "isEssayAuthor",
           (e."postBeforeSee" AND EXISTS (
             SELECT 1 FROM "DiscussionUnlock" u WHERE u."essayId" = e.id AND u."userId" = ${viewerId}
           )) AS "hasUnlocked"
      FROM "Essay" e
      LEFT JOIN "Membership" m ON m."cohortId" = e."cohortId" AND m."userId" = ${viewerId}
     WHERE ${match} AND (e."cohortId" IS NULL OR m.id IS NOT NULL)
     LIMIT 1`;
  const essay = rows[0];
  if (!essay) throw new AppError('NOT_FOUND', 'No such essay, or you are not a member of its cohort.');
  const membership = essay.role === null ? null : { role: essay.role, suspendedUntil: essay.suspendedUntil };
  const standing = standingOf({ viewerId, cohortId: essay.cohortId, membership, now: new Date() });
  const reading: TDiscussionSettings = {
    discussion: essay.discussion,
    opensAt: essay.opensAt,
    closesAt: essay.closesAt,
    postBeforeSee: essay.postBeforeSee,
  };
  return {
    essayId: essay.id,
    cohortId: essay.cohortId,
    standing,
    currentRevisionId: essay.currentRevisionId,
    reading,
    seesOthers: seesOthersContributions({
      postBeforeSee: essay.postBeforeSee,
      standing,
      isEssayAuthor: essay.isEssayAuthor,
      hasUnlocked: essay.hasUnlocked,
    }),
  };
}

/**
 * Throws FORBIDDEN (or UNAUTHENTICATED for signed-out viewers) unless the table allows the action
 * — and, for the actions that add to the discussion (notes, replies, edits, ratings, arguments,
 * impact votes), unless the discussion is open now. Every write service asks this, so a closed
 * essay refuses them on every path (pages, browser API, /api/v1, imports).
 */
export function assertCan(access: TEssayAccess, action: TAction): void {
  if (!can(access.standing, action, { isPrivate: access.cohortId !== null })) {
    if (access.standing === 'ANONYMOUS') throw new AppError('UNAUTHENTICATED', 'Sign in to do that.');
    if (access.standing === 'SUSPENDED') throw new AppError('FORBIDDEN', 'You are suspended from this cohort for now.');
    throw new AppError('FORBIDDEN', 'Your role in this cohort does not allow that.');
  }
  if (DISCUSSION_WRITES.includes(action)) assertDiscussionOpen(access);
}

/**
 * Throws FORBIDDEN with the reason ("Discussion on this essay closed on …") when the essay's
 * discussion takes no writes now. Staff are held to it too: they reopen the discussion first.
 * Deleting one's own note, flags and moderation do not ask: withdrawing one's words and keeping
 * a closed discussion civil must stay possible after it closes.
 */
export function assertDiscussionOpen(access: Pick<TEssayAccess, 'reading'>, now: Date = new Date()): void {
  const refusal = closedDiscussionMessage(discussionStatus(access.reading, now));
  if (refusal !== null) throw new AppError('FORBIDDEN', refusal);
}
