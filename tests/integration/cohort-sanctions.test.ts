// Sanctions outlive membership: a suspended member who leaves and rejoins with a multi-use code
// is still suspended; a removed member who tries the same code is refused, and nothing is written.
import { beforeAll, describe, expect, it } from 'vitest';
import { describeRange } from '@/lib/domain/anchoring';
import { db } from '@/lib/server/db/client';
import { getCohortAccess } from '@/lib/server/access/cohort-access';
import { createAnnotation } from '@/lib/server/services/annotation/create-annotation';
import { removeMember } from '@/lib/server/services/cohort/change-member-role';
import { createInvite } from '@/lib/server/services/cohort/create-invite';
import { joinCohort } from '@/lib/server/services/cohort/join-cohort';
import { moderate } from '@/lib/server/services/moderation/moderate';
import { makeCohort, makeEssay, makeUser } from '@/prisma/factories';

let owner: string;
let moderator: string;
let cohortId: string;
let code: string;
let slug: string;
let revision: { id: string; text: string };

const membership = (userId: string) =>
  db.membership.findUnique({ where: { cohortId_userId: { cohortId, userId } }, select: { suspendedUntil: true } });
const uses = async () => (await db.cohortInvite.findUniqueOrThrow({ where: { code }, select: { uses: true } })).uses;

async function newMember(name: string): Promise<string> {
  const id = (await makeUser(db, name)).id;
  await joinCohort(id, { code });
  return id;
}

beforeAll(async () => {
  owner = (await makeUser(db, 'Olga Owner')).id;
  moderator = (await makeUser(db, 'Mo Moderator')).id;
  const cohort = await makeCohort(db, [
    { userId: owner, role: 'OWNER' },
    { userId: moderator, role: 'MODERATOR' },
  ]);
  cohortId = cohort.id;
  code = (await createInvite(moderator, cohortId, { role: 'MEMBER', expiresInDays: 7 })).code; // no use limit
  const essay = await makeEssay(db, { cohortSlug: cohort.slug });
  slug = essay.slug;
  revision = await db.essayRevision.findFirstOrThrow({ where: { essayId: essay.id }, select: { id: true, text: true } });
});

describe('sanctions outlive membership', () => {
  it('a suspended member who leaves and rejoins is still suspended, until the same date', async () => {
    const member = await newMember('Sam Suspended');
    await moderate(moderator, cohortId, { kind: 'SUSPEND', userId: member, days: 3, reason: 'Repeated personal attacks.' });
    const until = (await membership(member))!.suspendedUntil;
    await removeMember(member, cohortId, member); // leaves

    await joinCohort(member, { code });
    expect((await membership(member))!.suspendedUntil).toEqual(until);
    expect((await getCohortAccess(db, member, cohortId)).standing).toBe('SUSPENDED');
    const note = createAnnotation(member, slug, {
      revisionId: revision.id,
      motivation: 'COMMENTING',
      body: 'Back again.',
      selectors: describeRange(revision.text, 12, 30),
    });
    await expect(note).rejects.toMatchObject({ status: 403, message: 'You are suspended from this cohort for now.' });
  });

  it('a lifted suspension stays lifted after leaving and rejoining', async () => {
    const member = await newMember('Lee Lifted');
    await moderate(moderator, cohortId, { kind: 'SUSPEND', userId: member, days: 3, reason: 'Cooling-off period.' });
    await moderate(moderator, cohortId, { kind: 'UNSUSPEND', userId: member, reason: 'Apologised in the thread.' });
    await removeMember(member, cohortId, member);
    await joinCohort(member, { code });
    expect((await getCohortAccess(db, member, cohortId)).standing).toBe('MEMBER');
  });

  it('a removed member is refused by the same multi-use code, and the refusal writes nothing', async () => {
    const member = await newMember('Rex Removed');
    await removeMember(owner, cohortId, member);
    const usesBefore = await uses();
    await expect(joinCohort(member, { code })).rejects.toMatchObject({ status: 403, message: /You were removed from this cohort/ });
    expect(await membership(member)).toBeNull();
    expect(await uses()).toBe(usesBefore);
  });

  it('someone who simply left may come back', async () => {
    const member = await newMember('Lina Leaver');
    await removeMember(member, cohortId, member);
    await joinCohort(member, { code });
    expect((await getCohortAccess(db, member, cohortId)).standing).toBe('MEMBER');
  });
});
