// Author invites on the real database: an owner's invite for one essay makes whoever joins with it
// that essay's author (Essay.authorUserId, cohort role AUTHOR: the desk and the badge key off it),
// and of no other essay; moderators cannot make one; an expired, revoked or used invite links nobody.
import { beforeAll, describe, expect, it } from 'vitest';
import { parseEssay } from '@/lib/domain/essay';
import { db } from '@/lib/server/db/client';
import { getAuthorDesk } from '@/lib/server/queries/author/get-author-desk';
import { getEssayForViewer } from '@/lib/server/queries/essay/get-essay-for-viewer';
import { getFacilitatorView } from '@/lib/server/queries/facilitator/get-facilitator-view';
import { createInvite } from '@/lib/server/services/cohort/create-invite';
import { joinCohort } from '@/lib/server/services/cohort/join-cohort';
import { revokeInvite } from '@/lib/server/services/cohort/revoke-invite';
import { publishDraft } from '@/lib/server/services/draft/publish-draft';
import { importEssay } from '@/lib/server/services/essay/import-essay';
import { makeCohort, makeEssay, makeUser } from '@/prisma/factories';

let owner: string;
let moderator: string;
let cohort: { id: string; slug: string };

beforeAll(async () => {
  owner = (await makeUser(db, 'Owner')).id;
  moderator = (await makeUser(db, 'Moderator')).id;
  cohort = await makeCohort(db, [
    { userId: owner, role: 'OWNER' },
    { userId: moderator, role: 'MODERATOR' },
  ]);
});

const authorOf = async (essayId: string) =>
  (await db.essay.findUniqueOrThrow({ where: { id: essayId }, select: { authorUserId: true } })).authorUserId;
const membershipOf = (userId: string) =>
  db.membership.findUnique({ where: { cohortId_userId: { cohortId: cohort.id, userId } }, select: { role: true } });

describe('an author invite', () => {
  it('makes the new account the author of that essay, with its desk, and of no other', async () => {
    const essay = await makeEssay(db, { cohortSlug: cohort.slug });
    const other = await makeEssay(db, { cohortSlug: cohort.slug });
    const invite = await createInvite(owner, cohort.id, { role: 'AUTHOR', essayId: essay.id });
    const author = (await makeUser(db, 'Jane Writer')).id;

    const joined = await joinCohort(author, { code: invite.code });

    expect(joined.authorOf).toEqual({ slug: essay.slug, isPublished: true });
    expect(await membershipOf(author)).toEqual({ role: 'AUTHOR' });
    expect(await authorOf(essay.id)).toBe(author);
    expect(await authorOf(other.id)).toBeNull();
    await expect(getAuthorDesk(author, essay.slug)).resolves.toMatchObject({ essay: { slug: essay.slug } });
    await expect(getAuthorDesk(author, other.slug)).rejects.toMatchObject({ status: 404 });
    expect((await getEssayForViewer(author, essay.slug)).isViewerAuthor).toBe(true);
    expect((await getEssayForViewer(author, other.slug)).isViewerAuthor).toBe(false);
  });

  it("links a draft's author, who sees the essay (and the desk) once it is published", async () => {
    const draft = await importEssay(db, parseEssay('Jane Writer\nDrafts wait. Then they are read.'), {
      title: 'Draft with an author',
      cohortId: cohort.id,
      draftBy: owner,
    });
    const invite = await createInvite(owner, cohort.id, { role: 'AUTHOR', essayId: draft.id });
    const author = (await makeUser(db, 'Draft Writer')).id;
    expect((await joinCohort(author, { code: invite.code })).authorOf).toEqual({ slug: draft.slug, isPublished: false });
    expect(await authorOf(draft.id)).toBe(author);
    await expect(getAuthorDesk(author, draft.slug)).rejects.toMatchObject({ status: 404 });
    await publishDraft(owner, draft.slug);
    await expect(getAuthorDesk(author, draft.slug)).resolves.toMatchObject({ essay: { slug: draft.slug } });
  });

  it('is good for one account: a second person cannot use it', async () => {
    const essay = await makeEssay(db, { cohortSlug: cohort.slug });
    const invite = await createInvite(owner, cohort.id, { role: 'AUTHOR', essayId: essay.id, maxUses: 50 });
    const first = (await makeUser(db)).id;
    const second = (await makeUser(db)).id;
    expect(await db.cohortInvite.findUnique({ where: { code: invite.code }, select: { maxUses: true } })).toEqual({ maxUses: 1 });
    await joinCohort(first, { code: invite.code });
    await expect(joinCohort(second, { code: invite.code })).rejects.toMatchObject({
      status: 409,
      message: expect.stringMatching(/already joined/),
    });
    expect(await authorOf(essay.id)).toBe(first);
    expect(await membershipOf(second)).toBeNull();
  });

  it('links nobody when the essay already has its author', async () => {
    const essay = await makeEssay(db, { cohortSlug: cohort.slug });
    const one = await createInvite(owner, cohort.id, { role: 'AUTHOR', essayId: essay.id });
    const two = await createInvite(owner, cohort.id, { role: 'AUTHOR', essayId: essay.id });
    const first = (await makeUser(db)).id;
    const second = (await makeUser(db)).id;
    await joinCohort(first, { code: one.code });
    await expect(joinCohort(second, { code: two.code })).rejects.toMatchObject({ status: 409 });
    expect(await authorOf(essay.id)).toBe(first);
    expect(await membershipOf(second)).toBeNull();
  });

  it.each([
    ['expired', async (code: string) => db.cohortInvite.update({ where: { code }, data: { expiresAt: new Date(Date.now() - 1000) } })],
    [
      'revoked',
      async (code: string) => revokeInvite(owner, (await db.cohortInvite.findUniqueOrThrow({ where: { code }, select: { id: true } })).id),
    ],
  ])('does nothing once %s: no author, no membership', async (_state, spoil) => {
    const essay = await makeEssay(db, { cohortSlug: cohort.slug });
    const invite = await createInvite(owner, cohort.id, { role: 'AUTHOR', essayId: essay.id });
    await spoil(invite.code);
    const would = (await makeUser(db)).id;
    await expect(joinCohort(would, { code: invite.code })).rejects.toMatchObject({ status: 400 });
    expect(await authorOf(essay.id)).toBeNull();
    expect(await membershipOf(would)).toBeNull();
  });

  it("is offered to owners on a published essay's facilitator view until its author has joined", async () => {
    const essay = await makeEssay(db, { cohortSlug: cohort.slug });
    expect((await getFacilitatorView(owner, essay.slug)).authorInvite).toEqual({
      cohortId: cohort.id,
      essayId: essay.id,
      hasAuthorAccount: false,
    });
    expect((await getFacilitatorView(moderator, essay.slug)).authorInvite).toBeNull();
    const invite = await createInvite(owner, cohort.id, { role: 'AUTHOR', essayId: essay.id });
    await joinCohort((await makeUser(db)).id, { code: invite.code });
    expect((await getFacilitatorView(owner, essay.slug)).authorInvite?.hasAuthorAccount).toBe(true);
  });

  it('is for owners only: a moderator is refused', async () => {
    const essay = await makeEssay(db, { cohortSlug: cohort.slug });
    await expect(createInvite(moderator, cohort.id, { role: 'AUTHOR', essayId: essay.id })).rejects.toMatchObject({ status: 403 });
    expect(await db.cohortInvite.count({ where: { essayId: essay.id } })).toBe(0);
  });

  it.each([
    {
      name: 'names an essay of another cohort',
      input: async () => ({ role: 'AUTHOR', essayId: (await makeEssay(db, { cohortSlug: (await makeCohort(db)).slug })).id }),
      status: 404,
    },
    {
      name: 'names an essay but another role',
      input: async () => ({ role: 'MEMBER', essayId: (await makeEssay(db, { cohortSlug: cohort.slug })).id }),
      status: 400,
    },
  ])('is refused when it $name', async ({ input, status }) => {
    const body = await input();
    await expect(createInvite(owner, cohort.id, body)).rejects.toMatchObject({ status });
    expect(await db.cohortInvite.count({ where: { essayId: body.essayId } })).toBe(0);
  });
});
