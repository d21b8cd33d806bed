// Roles mean what they say: moderators cannot sanction other staff, and a cohort never loses its
// last owner, not even to two owners demoting each other at the same moment.
import { describe, expect, it } from 'vitest';
import { db } from '@/lib/server/db/client';
import { changeMemberRole, removeMember } from '@/lib/server/services/cohort/change-member-role';
import { moderate } from '@/lib/server/services/moderation/moderate';
import { makeCohort, makeUser } from '@/prisma/factories';

const owners = (cohortId: string) => db.membership.count({ where: { cohortId, role: 'OWNER' } });

async function twoOwners() {
  const a = (await makeUser(db, 'Ada Owner')).id;
  const b = (await makeUser(db, 'Bo Owner')).id;
  const cohort = await makeCohort(db, [
    { userId: a, role: 'OWNER' },
    { userId: b, role: 'OWNER' },
  ]);
  return { a, b, cohortId: cohort.id };
}

describe('the last owner', () => {
  // Several rounds: each is a fresh race between two transactions on the real database.
  it.each([1, 2, 3, 4, 5])('two owners demoting each other at once leave exactly one owner (round %i)', async () => {
    const { a, b, cohortId } = await twoOwners();
    const results = await Promise.allSettled([
      changeMemberRole(a, cohortId, b, { role: 'MEMBER' }),
      changeMemberRole(b, cohortId, a, { role: 'MEMBER' }),
    ]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    const refusal = results.find((r) => r.status === 'rejected') as PromiseRejectedResult;
    expect([403, 409]).toContain(refusal.reason.status);
    expect(await owners(cohortId)).toBe(1);
  });

  it.each([1, 2, 3])('two owners leaving at once leave exactly one owner (round %i)', async () => {
    const { a, b, cohortId } = await twoOwners();
    const results = await Promise.allSettled([removeMember(a, cohortId, a), removeMember(b, cohortId, b)]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    expect(results.find((r) => r.status === 'rejected')).toMatchObject({
      reason: { status: 409, message: 'A cohort needs an owner: make someone else owner first.' },
    });
    expect(await owners(cohortId)).toBe(1);
  });
});

describe('who may suspend whom', () => {
  it('a moderator cannot suspend another moderator or an owner, and nothing is written', async () => {
    const owner = (await makeUser(db, 'Olga Owner')).id;
    const mod = (await makeUser(db, 'Mo Moderator')).id;
    const otherMod = (await makeUser(db, 'Mia Moderator')).id;
    const { id: cohortId } = await makeCohort(db, [
      { userId: owner, role: 'OWNER' },
      { userId: mod, role: 'MODERATOR' },
      { userId: otherMod, role: 'MODERATOR' },
    ]);
    await expect(
      moderate(mod, cohortId, { kind: 'SUSPEND', userId: otherMod, days: 7, reason: 'I disagree with them.' }),
    ).rejects.toMatchObject({ status: 403, message: 'Only an owner can suspend a moderator, or lift their suspension.' });
    await expect(
      moderate(mod, cohortId, { kind: 'SUSPEND', userId: owner, days: 7, reason: 'I disagree with them.' }),
    ).rejects.toMatchObject({ status: 403, message: /Owners cannot be suspended/ });
    expect(await db.membership.count({ where: { cohortId, suspendedUntil: { not: null } } })).toBe(0);
    expect(await db.moderationAction.count({ where: { cohortId } })).toBe(0);
    expect(await db.cohortSanction.count({ where: { cohortId } })).toBe(0);

    await moderate(owner, cohortId, { kind: 'SUSPEND', userId: otherMod, days: 7, reason: 'Abused the hide button.' });
    expect(
      (
        await db.membership.findUniqueOrThrow({
          where: { cohortId_userId: { cohortId, userId: otherMod } },
          select: { suspendedUntil: true },
        })
      ).suspendedUntil,
    ).not.toBeNull();
  });
});
