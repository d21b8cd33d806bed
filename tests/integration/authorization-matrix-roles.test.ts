// The role-dependent half of the authorization matrix: inviting to, and suspending, each role,
// run against the real services and checked against the hand-written tables in
// tests/fixtures/expected-permissions.ts (INVITE_TO_ROLE, SUSPEND_ROLE).
import { beforeAll, describe, expect, it } from 'vitest';
import type { TCohortRole } from '@/lib/domain/access/permissions';
import { db } from '@/lib/server/db/client';
import { getCohortForViewer } from '@/lib/server/queries/cohort/get-cohort-for-viewer';
import { createInvite } from '@/lib/server/services/cohort/create-invite';
import { revokeInvite } from '@/lib/server/services/cohort/revoke-invite';
import { moderate } from '@/lib/server/services/moderation/moderate';
import { makeCohort, makeUser } from '@/prisma/factories';
import { ACTORS, INVITE_TO_ROLE, SUSPEND_ROLE, TARGET_ROLES } from '@/tests/fixtures/expected-permissions';

type TActor = (typeof ACTORS)[number];
let users: Record<TActor, string>;
let cohortId: string;

const CASES = ACTORS.flatMap((actor) =>
  TARGET_ROLES.map((role) => ({ actor, role, isInviteAllowed: INVITE_TO_ROLE[actor][role], isSuspendAllowed: SUSPEND_ROLE[actor][role] })),
);

/** A fresh member holding `role`, so each suspension case has its own target. */
async function memberWithRole(role: TCohortRole): Promise<string> {
  const id = (await makeUser(db, `Target ${role}`)).id;
  await db.membership.create({ data: { cohortId, userId: id, role } });
  return id;
}

beforeAll(async () => {
  const entries = await Promise.all(ACTORS.map(async (actor) => [actor, (await makeUser(db, actor)).id] as const));
  users = Object.fromEntries(entries) as Record<TActor, string>;
  cohortId = (
    await makeCohort(db, [
      { userId: users.SUSPENDED, role: 'MODERATOR', suspendedUntil: new Date(Date.now() + 86_400_000) },
      { userId: users.OWNER, role: 'OWNER' },
      { userId: users.MODERATOR, role: 'MODERATOR' },
      { userId: users.AUTHOR, role: 'AUTHOR' },
      { userId: users.MEMBER, role: 'MEMBER' },
    ])
  ).id;
  for (const role of TARGET_ROLES) await createInvite(users.OWNER, cohortId, { role, expiresInDays: 7 });
});

describe(`roles matrix: ${ACTORS.length} standings × ${TARGET_ROLES.length} roles`, () => {
  it.each(CASES)('$actor creates an invite to $role: allowed = $isInviteAllowed', async ({ actor, role, isInviteAllowed }) => {
    const attempt = createInvite(users[actor], cohortId, { role, expiresInDays: 7 });
    if (isInviteAllowed) await expect(attempt).resolves.toMatchObject({ code: expect.any(String) });
    else await expect(attempt).rejects.toMatchObject({ status: 403 });
  });

  it.each(ACTORS)('%s sees on the cohort page exactly the invites it may hand out', async (actor) => {
    const cohort = await getCohortForViewer(users[actor], cohortId);
    const seen = new Set(cohort.invites.map((invite) => invite.role));
    const expected = TARGET_ROLES.filter((role) => INVITE_TO_ROLE[actor][role]);
    expect([...seen].sort()).toEqual([...expected].sort());
  });

  it.each(CASES)('$actor revokes an invite to $role: allowed = $isInviteAllowed', async ({ actor, role, isInviteAllowed }) => {
    await createInvite(users.OWNER, cohortId, { role, expiresInDays: 7 });
    const invite = await db.cohortInvite.findFirstOrThrow({
      where: { cohortId, role, revokedAt: null },
      orderBy: { createdAt: 'desc' },
      select: { id: true },
    });
    const attempt = revokeInvite(users[actor], invite.id);
    if (isInviteAllowed) {
      await attempt;
      expect((await db.cohortInvite.findUniqueOrThrow({ where: { id: invite.id }, select: { revokedAt: true } })).revokedAt).not.toBeNull();
      return;
    }
    // A moderator cannot see a staff invite, so to them it does not exist; others are refused.
    await expect(attempt).rejects.toMatchObject({ status: actor === 'MODERATOR' ? 404 : 403 });
    expect((await db.cohortInvite.findUniqueOrThrow({ where: { id: invite.id }, select: { revokedAt: true } })).revokedAt).toBeNull();
  });

  it.each(CASES)('$actor suspends a $role: allowed = $isSuspendAllowed', async ({ actor, role, isSuspendAllowed }) => {
    const target = await memberWithRole(role);
    const attempt = moderate(users[actor], cohortId, { kind: 'SUSPEND', userId: target, days: 2, reason: 'Matrix case.' });
    const suspendedUntil = async () =>
      (
        await db.membership.findUniqueOrThrow({
          where: { cohortId_userId: { cohortId, userId: target } },
          select: { suspendedUntil: true },
        })
      ).suspendedUntil;
    if (isSuspendAllowed) {
      await attempt;
      expect(await suspendedUntil()).not.toBeNull();
    } else {
      await expect(attempt).rejects.toMatchObject({ status: 403 });
      expect(await suspendedUntil()).toBeNull();
    }
  });
});
