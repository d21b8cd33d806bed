/**
 * The permission table: which standing a viewer has towards a piece of content decides what
 * they may do. Pure data and one function; the server turns a viewer into a standing
 * (lib/server/access) and every page, action and handler asks `can` — none checks roles by hand.
 */

export const COHORT_ROLES = ['OWNER', 'MODERATOR', 'AUTHOR', 'MEMBER'] as const;
export type TCohortRole = (typeof COHORT_ROLES)[number];

/**
 * A viewer's standing towards a cohort's content. For public essays (no cohort) a signed-in
 * viewer stands as PARTICIPANT and a signed-out one as ANONYMOUS.
 */
export type TStanding = 'ANONYMOUS' | 'OUTSIDER' | 'PARTICIPANT' | 'SUSPENDED' | TCohortRole;

// Only actions the app performs today: the authorization matrix test calls a real service for each.
export const ACTIONS = [
  'essay.read',
  'essay.follow-live',
  'essay.import',
  'annotation.create',
  'rating.create',
  'argument.create',
  'flag.create',
  'moderation.act',
  'moderation.ledger.read',
  'cohort.manage-members',
  'cohort.invite',
  'export.csv',
  'export.names',
  'essay.settings',
  'essay.publish',
  'essay.digest',
] as const;
export type TAction = (typeof ACTIONS)[number];

const READERS: readonly TStanding[] = ['ANONYMOUS', 'OUTSIDER', 'PARTICIPANT', 'SUSPENDED', 'OWNER', 'MODERATOR', 'AUTHOR', 'MEMBER'];
const POSTERS: readonly TStanding[] = ['PARTICIPANT', 'OWNER', 'MODERATOR', 'AUTHOR', 'MEMBER'];
const MEMBERS: readonly TStanding[] = ['SUSPENDED', 'OWNER', 'MODERATOR', 'AUTHOR', 'MEMBER'];
const MODERATORS: readonly TStanding[] = ['OWNER', 'MODERATOR'];

/**
 * Who may do what. For private content the reader list is narrowed by `canSeeCohortContent`
 * first: outsiders never reach this table for a private essay (it is a 404 to them).
 */
export const PERMISSIONS: Record<TAction, readonly TStanding[]> = {
  'essay.read': READERS,
  // The live stream: signed-in readers who take part. A suspended member may still read the page
  // but is not followed with live updates; a removed one loses the stream (it re-checks access).
  'essay.follow-live': POSTERS,
  // Adding an essay (as a draft) chooses what the cohort reads, and makes the server fetch a web
  // address: staff work, like inviting.
  'essay.import': MODERATORS,
  'annotation.create': POSTERS,
  'rating.create': POSTERS,
  'argument.create': POSTERS,
  'flag.create': POSTERS,
  'moderation.act': MODERATORS,
  'moderation.ledger.read': MEMBERS,
  'cohort.manage-members': ['OWNER'],
  'cohort.invite': MODERATORS,
  // CSV holds every rating: for facilitators and researchers, not a way around hidden-until-rated.
  'export.csv': MODERATORS,
  'export.names': ['OWNER'],
  // Reading settings (open/closed, the discussion window, post before you see): the cohort's
  // facilitators run the reading. Public essays have no staff, so nobody changes theirs here.
  'essay.settings': MODERATORS,
  // Previewing, correcting and publishing an imported draft: the cohort's staff.
  'essay.publish': MODERATORS,
  // The debate digest names who took part and sums up the discussion, moderation included: for
  // the cohort's facilitators — and for the essay's own author (ESSAY_AUTHOR_ACTIONS), not for
  // authors of the cohort's other essays.
  'essay.digest': MODERATORS,
};

/**
 * What the essay's own author (its linked account, `Essay.authorUserId`) may do beyond their
 * role, as long as they may take part at all (not suspended, not an outsider): the author reads
 * the digest of the discussion of their essay, whatever role the cohort gave them.
 */
const ESSAY_AUTHOR_ACTIONS: ReadonlySet<TAction> = new Set(['essay.digest']);

/**
 * What nobody may do on a draft, whoever they are: a draft's claims are still being merged and
 * split, so nothing may hang off them (notes, ratings, arguments, flags, moderation) until it is
 * published. Everything else still needs the standing's own permission.
 */
const DRAFT_FORBIDDEN: ReadonlySet<TAction> = new Set([
  'annotation.create',
  'rating.create',
  'argument.create',
  'flag.create',
  'moderation.act',
]);

/**
 * True when a viewer of this standing may see a draft at all: those who may publish it (owners and
 * moderators not suspended). To anyone else a draft is a 404, exactly like a private essay.
 * @example canSeeDraft('MODERATOR') // true
 * @example canSeeDraft('AUTHOR')    // false
 */
export function canSeeDraft(standing: TStanding): boolean {
  return PERMISSIONS['essay.publish'].includes(standing);
}

/** The cohort roles whose (unsuspended) members see drafts, for where-clauses. */
export const DRAFT_READER_ROLES: readonly TCohortRole[] = COHORT_ROLES.filter((role) => canSeeDraft(role));

/**
 * Which action an invite to `role` needs. Member invites are everyday staff work; an invite to a
 * staff role (owner, moderator, author) hands out power, so owners alone create, see and revoke
 * them — else a moderator could invite a second account as owner and demote the real one.
 * @example inviteActionFor('MEMBER') // 'cohort.invite'
 * @example inviteActionFor('OWNER')  // 'cohort.manage-members'
 */
export function inviteActionFor(role: TCohortRole): TAction {
  return role === 'MEMBER' ? 'cohort.invite' : 'cohort.manage-members';
}

/** The invite roles a viewer of this standing may create, see and revoke (owners: all; moderators: members). */
export function invitableRoles(standing: TStanding): TCohortRole[] {
  return COHORT_ROLES.filter((role) => can(standing, inviteActionFor(role), { isPrivate: true }));
}

/**
 * Which action suspending (or lifting the suspension of) a member of `targetRole` needs, or null
 * when nobody may: moderators sanction members and authors; only owners sanction moderators, so
 * moderators cannot silence each other; owners are never suspended (demote them first).
 * @example sanctionActionFor('MEMBER')    // 'moderation.act'
 * @example sanctionActionFor('MODERATOR') // 'cohort.manage-members'
 */
export function sanctionActionFor(targetRole: TCohortRole): TAction | null {
  if (targetRole === 'OWNER') return null;
  return targetRole === 'MODERATOR' ? 'cohort.manage-members' : 'moderation.act';
}

/** True when a viewer of this standing may see the content at all (private content: members only). */
export function canSeeCohortContent(standing: TStanding, isPrivate: boolean): boolean {
  if (!isPrivate) return true;
  return MEMBERS.includes(standing);
}

/**
 * @example can('MEMBER', 'annotation.create', { isPrivate: true }) // true
 * @example can('OUTSIDER', 'essay.read', { isPrivate: true })       // false
 * @example can('OWNER', 'annotation.create', { isPrivate: true, isDraft: true }) // false
 * @example can('MEMBER', 'essay.digest', { isPrivate: true, isEssayAuthor: true }) // true: their own essay
 */
export function can(
  standing: TStanding,
  action: TAction,
  resource: { isPrivate: boolean; isDraft?: boolean; isEssayAuthor?: boolean },
): boolean {
  if (!canSeeCohortContent(standing, resource.isPrivate)) return false;
  if (resource.isDraft === true && (!canSeeDraft(standing) || DRAFT_FORBIDDEN.has(action))) return false;
  if (resource.isEssayAuthor === true && ESSAY_AUTHOR_ACTIONS.has(action) && POSTERS.includes(standing)) return true;
  return PERMISSIONS[action].includes(standing);
}

/** Derives a standing from what the server knows about the viewer and the cohort (null = public). */
export function standingOf(input: {
  viewerId: string | null;
  cohortId: string | null;
  membership: { role: TCohortRole; suspendedUntil: Date | null } | null;
  now: Date;
}): TStanding {
  if (input.viewerId === null) return 'ANONYMOUS';
  if (input.membership) {
    const { suspendedUntil, role } = input.membership;
    return suspendedUntil !== null && suspendedUntil > input.now ? 'SUSPENDED' : role;
  }
  return input.cohortId === null ? 'PARTICIPANT' : 'OUTSIDER';
}

/** `RatingDimension` in prisma/schema.prisma: the two axes a claim is rated on. */
export type TRatingAxis = 'AGREEMENT' | 'EVIDENCE';

/**
 * Blind ratings (docs/adr/0003-blind-ratings.md): whatever is computed from other people's
 * ratings of one axis of a claim — its distribution, mean, count, and for AGREEMENT the claim's
 * base score, strength and "why this score" — reaches a viewer only once they have rated that
 * axis of that claim (`revealedAxes`: the axes they have rated, kept after a retraction: what was
 * seen cannot be unseen). No standing is exempt on pages or the API; staff read every rating
 * only through the CSV export ('export.csv').
 *
 * @example canSeeRatingAggregates(new Set(['AGREEMENT']), 'EVIDENCE') // false
 */
export function canSeeRatingAggregates(revealedAxes: ReadonlySet<TRatingAxis>, axis: TRatingAxis): boolean {
  return revealedAxes.has(axis);
}

/**
 * What a past sanction means for someone joining a cohort (again): a removal bars them for good
 * (an invite cannot undo what an owner did), and an unexpired suspension comes back with them.
 * @example admissionAfter({ suspendedUntil: null, removedAt: new Date() }, now) // { isBarred: true, suspendedUntil: null }
 */
export function admissionAfter(
  sanction: { suspendedUntil: Date | null; removedAt: Date | null } | null,
  now: Date,
): { isBarred: boolean; suspendedUntil: Date | null } {
  if (!sanction) return { isBarred: false, suspendedUntil: null };
  const isSuspended = sanction.suspendedUntil !== null && sanction.suspendedUntil > now;
  return { isBarred: sanction.removedAt !== null, suspendedUntil: isSuspended ? sanction.suspendedUntil : null };
}
