// Staff-role invites (owner, moderator, author) hand out power: owners alone create, see and
// revoke them. A moderator who could read an owner-invite code could join a second account as
// owner and demote the real one.
import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/server/db/client';
import { getCohortForViewer } from '@/lib/server/queries/cohort/get-cohort-for-viewer';
import { createInvite } from '@/lib/server/services/cohort/create-invite';
import { revokeInvite } from '@/lib/server/services/cohort/revoke-invite';
import { makeCohort, makeUser } from '@/prisma/factories';

let owner: string;
let moderator: string;
let cohortId: string;
let codes: { OWNER: string; MODERATOR: string; AUTHOR: string; MEMBER: string };

const inviteId = async (code: string) => (await db.cohortInvite.findUniqueOrThrow({ where: { code }, select: { id: true } })).id;
const isRevoked = async (code: string) =>
  (await db.cohortInvite.findUniqueOrThrow({ where: { code }, select: { revokedAt: true } })).revokedAt !== null;

beforeAll(async () => {
  owner = (await makeUser(db, 'Olga Owner')).id;
  moderator = (await makeUser(db, 'Mo Moderator')).id;
  cohortId = (
    await makeCohort(db, [
      { userId: owner, role: 'OWNER' },
      { userId: moderator, role: 'MODERATOR' },
    ])
  ).id;
  codes = {
    OWNER: (await createInvite(owner, cohortId, { role: 'OWNER', expiresInDays: 7 })).code,
    MODERATOR: (await createInvite(owner, cohortId, { role: 'MODERATOR', expiresInDays: 7 })).code,
    AUTHOR: (await createInvite(owner, cohortId, { role: 'AUTHOR', expiresInDays: 7 })).code,
    MEMBER: (await createInvite(moderator, cohortId, { role: 'MEMBER', expiresInDays: 7 })).code,
  };
});

describe('staff-role invites', () => {
  it('the cohort page shows a moderator member invites only, and an owner every invite', async () => {
    const asModerator = await getCohortForViewer(moderator, cohortId);
    expect(asModerator.invites.map((i) => i.code)).toEqual([codes.MEMBER]);
    expect(asModerator.invitableRoles).toEqual(['MEMBER']);
    expect(JSON.stringify(asModerator)).not.toContain(codes.OWNER);

    const asOwner = await getCohortForViewer(owner, cohortId);
    expect(asOwner.invites.map((i) => i.role).sort()).toEqual(['AUTHOR', 'MEMBER', 'MODERATOR', 'OWNER']);
    expect(asOwner.invitableRoles).toEqual(['OWNER', 'MODERATOR', 'AUTHOR', 'MEMBER']);
  });

  it.each(['OWNER', 'MODERATOR', 'AUTHOR'] as const)('a moderator cannot create a %s invite, and nothing is written', async (role) => {
    const before = await db.cohortInvite.count({ where: { cohortId } });
    await expect(createInvite(moderator, cohortId, { role, expiresInDays: 7 })).rejects.toMatchObject({
      status: 403,
      message: /Only an owner/,
    });
    expect(await db.cohortInvite.count({ where: { cohortId } })).toBe(before);
  });

  it('a moderator cannot revoke a staff invite: to them it does not exist, and it stays live', async () => {
    await expect(revokeInvite(moderator, await inviteId(codes.OWNER))).rejects.toMatchObject({ status: 404, message: 'No such invite.' });
    await expect(revokeInvite(moderator, await inviteId(codes.MODERATOR))).rejects.toMatchObject({ status: 404 });
    expect(await isRevoked(codes.OWNER)).toBe(false);
    expect(await isRevoked(codes.MODERATOR)).toBe(false);
  });

  it('a moderator revokes a member invite; an owner revokes a staff invite', async () => {
    await revokeInvite(moderator, await inviteId(codes.MEMBER));
    await revokeInvite(owner, await inviteId(codes.OWNER));
    expect(await isRevoked(codes.MEMBER)).toBe(true);
    expect(await isRevoked(codes.OWNER)).toBe(true);
  });
});
