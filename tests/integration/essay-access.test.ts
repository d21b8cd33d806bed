import { beforeAll, describe, expect, it } from 'vitest';
import { getEssayAccess } from '@/lib/server/access/essay-access';
import { db } from '@/lib/server/db/client';
import { getEssayForViewer } from '@/lib/server/queries/essay/get-essay-for-viewer';
import { listEssaysForViewer } from '@/lib/server/queries/essay/list-essays-for-viewer';
import { makeCohort, makeEssay, makeUser } from '@/prisma/factories';

describe('who can see a private cohort essay', () => {
  let memberId: string;
  let outsiderId: string;
  let privateSlug: string;
  let publicSlug: string;

  beforeAll(async () => {
    const member = await makeUser(db, 'Member');
    const outsider = await makeUser(db, 'Outsider');
    memberId = member.id;
    outsiderId = outsider.id;
    const cohort = await makeCohort(db, [{ userId: member.id, role: 'MEMBER' }]);
    privateSlug = (await makeEssay(db, { cohortSlug: cohort.slug })).slug;
    publicSlug = (await makeEssay(db)).slug;
  });

  it('shows it to a member, with their standing', async () => {
    const essay = await getEssayForViewer(memberId, privateSlug);
    expect(essay.standing).toBe('MEMBER');
    expect(essay.sections.flatMap((s) => s.claims).map((c) => c.text)).toEqual([
      'Alliances deter war.',
      'They also provoke rivals.',
      'Peace needs trust.',
    ]);
  });

  it.each([
    ['a signed-in outsider', () => outsiderId],
    ['a signed-out visitor', () => null],
  ])('is a 404 to %s, exactly like a missing essay', async (_who, viewer) => {
    await expect(getEssayForViewer(viewer(), privateSlug)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(getEssayForViewer(viewer(), 'no-such-essay')).rejects.toMatchObject({ code: 'NOT_FOUND' });
    const listed = await listEssaysForViewer(viewer());
    expect(listed.map((e) => e.slug)).not.toContain(privateSlug);
    expect(listed.map((e) => e.slug)).toContain(publicSlug);
  });

  it('gives outsiders a participant standing on public essays only', async () => {
    const access = await getEssayAccess(db, outsiderId, { slug: publicSlug });
    expect(access.standing).toBe('PARTICIPANT');
    expect((await getEssayAccess(db, null, { slug: publicSlug })).standing).toBe('ANONYMOUS');
  });

  it('counts claim activity in SQL and starts at zero; a rating count waits until the viewer rates', async () => {
    const essay = await getEssayForViewer(memberId, privateSlug);
    for (const claim of essay.sections.flatMap((s) => s.claims)) {
      expect(claim.counts).toEqual({ annotations: 0, ratings: null, arguments: 0 });
    }
  });
});
