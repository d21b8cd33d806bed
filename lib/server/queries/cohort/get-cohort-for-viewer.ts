import 'server-only';
import { getCohortAccess } from '@/lib/server/access/cohort-access';
import { Prisma } from '@/lib/generated/prisma/client';
import { can, canSeeDraft, invitableRoles, type TCohortRole } from '@/lib/domain/access/permissions';
import { displayNamesFor } from '@/lib/server/access/display-names';
import { db } from '@/lib/server/db/client';
import { listCohortEssaysForViewer } from '@/lib/server/queries/cohort/list-cohort-essays-for-viewer';

/**
 * A cohort page: members (pseudonyms shown to members; moderators also see who is behind one),
 * essays with their status and figures (`listCohortEssaysForViewer`: drafts for staff only), and
 * — for those who may invite — the live invites of the roles they may hand out (a moderator never
 * sees an owner-invite code). 404 for outsiders. The statements it runs do not depend on how
 * many essays, notes or arguments the cohort has.
 */
export async function getCohortForViewer(viewerId: string, cohortId: string) {
  const access = await getCohortAccess(db, viewerId, cohortId);
  const isStaff = can(access.standing, 'cohort.invite', { isPrivate: true });
  const [cohort, essays, invites] = await Promise.all([
    db.cohort.findUniqueOrThrow({
      where: { id: cohortId },
      select: {
        id: true,
        slug: true,
        name: true,
        description: true,
        allowPseudonyms: true,
        memberships: { orderBy: { joinedAt: 'asc' }, select: { role: true, pseudonym: true, suspendedUntil: true, userId: true } },
      },
    }),
    // Drafts by the same rule that 404s them elsewhere: owners and moderators, not suspended.
    listCohortEssaysForViewer({ viewerId, cohortId, standing: access.standing, canSeeDrafts: canSeeDraft(access.standing) }),
    isStaff ? listLiveInvites(cohortId, invitableRoles(access.standing)) : [],
  ]);
  const names = await displayNamesFor(
    db,
    { viewerId, ...access },
    cohort.memberships.map((m) => m.userId),
  );
  // Owners act on members by user id; anyone else learns only their own.
  const canManageMembers = can(access.standing, 'cohort.manage-members', { isPrivate: true });
  const viewerMembership = cohort.memberships.find((m) => m.userId === viewerId);
  return {
    ...cohort,
    essays,
    /** The viewer's own pseudonym here (null: they go by their name). */
    myPseudonym: viewerMembership?.pseudonym ?? null,
    standing: access.standing,
    isStaff,
    invitableRoles: invitableRoles(access.standing),
    memberships: cohort.memberships.map((m) => {
      const person = names.of(m.userId);
      return {
        role: m.role,
        suspendedUntil: m.suspendedUntil?.toISOString() ?? null,
        // By the display-name rule: staff see "pseudonym (real name)", members the pseudonym.
        displayName: person.name,
        handle: person.handle,
        isViewer: person.isViewer,
        userId: canManageMembers || person.isViewer ? m.userId : null,
      };
    }),
    invites: invites.map((i) => ({ ...i, expiresAt: i.expiresAt.toISOString() })),
  };
}

/**
 * The live invites to these roles, newest first, with the title of the essay an author invite is
 * for. One statement (Prisma would read the essays in a second one).
 */
function listLiveInvites(cohortId: string, roles: TCohortRole[]) {
  return db.$queryRaw<
    { id: string; code: string; role: TCohortRole; expiresAt: Date; maxUses: number | null; uses: number; essayTitle: string | null }[]
  >`
    SELECT i.id, i.code, i.role::text AS role, i."expiresAt", i."maxUses", i.uses, e.title AS "essayTitle"
      FROM "CohortInvite" i LEFT JOIN "Essay" e ON e.id = i."essayId"
     WHERE i."cohortId" = ${cohortId} AND i."revokedAt" IS NULL AND i."expiresAt" > now()
       AND i.role::text IN (${Prisma.join(roles)})
     ORDER BY i."createdAt" DESC`;
}

/** Cohorts the viewer belongs to, for the header and the cohorts page. */
export function listCohortsForViewer(viewerId: string) {
  return db.membership.findMany({
    where: { userId: viewerId },
    orderBy: { joinedAt: 'asc' },
    select: { role: true, cohort: { select: { id: true, name: true, slug: true } } },
  });
}
