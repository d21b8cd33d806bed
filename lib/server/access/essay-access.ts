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
import {
  closedDiscussionMessage,
  discussionStatus,
  seesOthersContributions,
  type TDiscussionSettings,
} from '@/lib/domain/reading/discussion-rules';
import type { TDb, TTx } from '@/lib/server/db/client';
import { queryRows } from '@/lib/server/db/pool-query';
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
  /** The essay's reading settings (closed, window, post before you see). */
  reading: TDiscussionSettings;
  /**
   * Whether the viewer sees other people's notes and arguments ("post before you see",
   * seesOthersContributions): when false, every read shows them their own contributions only.
   */
  seesOthers: boolean;
  /** The viewer is the essay's linked author account (`Essay.authorUserId`). */
  isEssayAuthor: boolean;
  /** Claims a viewer rates before the opinion map shows them groups (the owner's N, ADR 0014). */
  opinionMapMinRatings: number;
};

type TAccessRow = {
  id: string;
  cohortId: string | null;
  currentRevisionId: string | null;
  status: 'DRAFT' | 'PUBLISHED';
  role: TCohortRole | null;
  suspendedUntil: Date | null;
  discussion: 'OPEN' | 'CLOSED';
  opensAt: Date | null;
  closesAt: Date | null;
  postBeforeSee: boolean;
  opinionMapMinRatings: number;
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
  // On the pool directly outside transactions (pool-query.ts): every page and route runs this.
  const rows = await queryRows<TAccessRow>(
    client,
    Prisma.sql`
    SELECT ${accessColumns(viewerId)}
      FROM "Essay" e
      LEFT JOIN "Membership" m ON m."cohortId" = e."cohortId" AND m."userId" = ${viewerId}
     WHERE ${match} AND (e."cohortId" IS NULL OR m.id IS NOT NULL)
     LIMIT 1`,
  );
  const access = rows[0] ? accessOf(viewerId, rows[0]) : null;
  if (!access) throw new AppError('NOT_FOUND', 'No such essay, or you are not a member of its cohort.');
  return access;
}

/**
 * Every essay the viewer may read, with their standing and "post before you see" verdict on each
 * — getEssayAccess for all of them at once, by the same rules, in one statement (for search,
 * which looks across essays). Bounded by the essays the viewer can reach, never by their content.
 */
export async function listReadableEssayAccess(client: TDb | TTx, viewerId: string | null): Promise<TEssayAccess[]> {
  const rows = await client.$queryRaw<TAccessRow[]>`
    SELECT ${accessColumns(viewerId)}
      FROM "Essay" e
      LEFT JOIN "Membership" m ON m."cohortId" = e."cohortId" AND m."userId" = ${viewerId}
     WHERE (e."cohortId" IS NULL OR m.id IS NOT NULL)`;
  return rows.flatMap((row) => accessOf(viewerId, row) ?? []);
}

/** The columns TAccessRow reads from `"Essay" e` joined with the viewer's `"Membership" m`. */
function accessColumns(viewerId: string | null): Prisma.Sql {
  return Prisma.sql`e.id, e."cohortId", e."currentRevisionId", e.status::text AS status, m.role::text AS role, m."suspendedUntil",
           e.discussion::text AS discussion, e."opensAt", e."closesAt", e."postBeforeSee", e."opinionMapMinRatings",
           (e."authorUserId" IS NOT NULL AND e."authorUserId" = ${viewerId}) AS "isEssayAuthor",
           (e."postBeforeSee" AND EXISTS (
             SELECT 1 FROM "DiscussionUnlock" u WHERE u."essayId" = e.id AND u."userId" = ${viewerId}
           )) AS "hasUnlocked"`;
}

/** The viewer's access to one essay row found through the readable rule; null when it is a draft they may not see. */
function accessOf(viewerId: string | null, essay: TAccessRow): TEssayAccess | null {
  const membership = essay.role === null ? null : { role: essay.role, suspendedUntil: essay.suspendedUntil };
  const standing = standingOf({ viewerId, cohortId: essay.cohortId, membership, now: new Date() });
  // The draft half of the readable rule: a draft is a 404 to all but its cohort's staff, decided
  // from the same standing `can` reads (a public draft has no staff, so nobody).
  const isDraft = essay.status === 'DRAFT';
  if (isDraft && (essay.cohortId === null || !canSeeDraft(standing))) return null;
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
    isDraft,
    currentRevisionId: essay.currentRevisionId,
    reading,
    seesOthers: seesOthersContributions({
      postBeforeSee: essay.postBeforeSee,
      standing,
      isEssayAuthor: essay.isEssayAuthor,
      hasUnlocked: essay.hasUnlocked,
    }),
    isEssayAuthor: essay.isEssayAuthor,
    opinionMapMinRatings: essay.opinionMapMinRatings,
  };
}

/**
 * Throws FORBIDDEN (or UNAUTHENTICATED for signed-out viewers) unless the table allows the action
 * — and, for the actions that add to the discussion (notes, replies, edits, ratings, arguments,
 * impact votes), unless the discussion is open now. Every write service asks this, so a closed
 * essay refuses them on every path (pages, browser API, /api/v1, imports).
 */
export function assertCan(access: TEssayAccess, action: TAction): void {
  if (!can(access.standing, action, { isPrivate: access.cohortId !== null, isDraft: access.isDraft })) {
    if (access.isDraft && canSeeDraft(access.standing))
      throw new AppError('FORBIDDEN', 'This essay is still a draft: publish it before anyone writes on it.');
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
