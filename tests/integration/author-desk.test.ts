import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/server/db/client';
import { getAuthorDesk } from '@/lib/server/queries/author/get-author-desk';
import { addArgument } from '@/lib/server/services/argument/add-argument';
import { respondToCritique } from '@/lib/server/services/author/respond-to-critique';
import { setCritiqueState } from '@/lib/server/services/author/set-critique-state';
import { makeCohort, makeEssay, makeUser } from '@/prisma/factories';

let author: string;
let critic: string;
let bystander: string;
let slug: string;
let claimId: string;

beforeAll(async () => {
  author = (await makeUser(db, 'Author')).id;
  critic = (await makeUser(db, 'Critic')).id;
  bystander = (await makeUser(db, 'Bystander')).id;
  const cohort = await makeCohort(db, [
    { userId: author, role: 'AUTHOR' },
    { userId: critic, role: 'MEMBER' },
    { userId: bystander, role: 'MEMBER' },
  ]);
  const essay = await makeEssay(db, { cohortSlug: cohort.slug });
  await db.essay.update({ where: { id: essay.id }, data: { authorUserId: author } });
  slug = essay.slug;
  claimId = (
    await db.claimVersion.findFirstOrThrow({
      where: { text: 'Alliances deter war.', claim: { essayId: essay.id } },
      select: { claimId: true },
    })
  ).claimId;
});

describe("the author's critique desk", () => {
  it('lists an attack as open, takes a "revised" response that rewrites the claim, and lets the critic accept it', async () => {
    const attack = await addArgument(critic, slug, {
      target: { type: 'claim', id: claimId },
      stance: 'ATTACK',
      attackKind: 'REBUT',
      text: 'Some alliances provoked wars.',
    });
    let desk = await getAuthorDesk(author, slug);
    expect(desk.critiques.map((c) => [c.id, c.isOpen])).toEqual([[attack.id, true]]);
    expect(desk.openPerClaim[claimId]).toBe(1);

    await expect(
      respondToCritique(bystander, slug, { critique: { type: 'argument', id: attack.id }, status: 'DISPUTED', body: 'No.' }),
    ).rejects.toMatchObject({ status: 403 });
    const response = await respondToCritique(author, slug, {
      critique: { type: 'argument', id: attack.id },
      status: 'REVISED',
      body: 'Fair: I narrowed the claim.',
      revision: { claimId, text: 'Alliances usually deter war.' },
    });
    expect(response.revisionNumber).toBe(2);
    const current = await db.essay.findUniqueOrThrow({
      where: { slug },
      select: { currentRevision: { select: { number: true, claimVersions: { where: { claimId }, select: { text: true } } } } },
    });
    expect(current.currentRevision).toEqual({ number: 2, claimVersions: [{ text: 'Alliances usually deter war.' }] });

    desk = await getAuthorDesk(author, slug);
    const critique = desk.critiques[0]!;
    expect(critique.responses[0]).toMatchObject({ status: 'REVISED', revisionNumber: 2, state: 'OPEN' });
    expect(critique.responses[0]!.diffs[0]).toEqual([
      { kind: 'same', text: 'Alliances ' },
      { kind: 'added', text: 'usually ' },
      { kind: 'same', text: 'deter war.' },
    ]);

    await expect(setCritiqueState(bystander, response.id, { state: 'ACCEPTED' })).rejects.toMatchObject({ status: 403 });
    await setCritiqueState(critic, response.id, { state: 'ACCEPTED' });
    desk = await getAuthorDesk(author, slug);
    expect(desk.critiques[0]!.isOpen).toBe(false);
    expect(desk.openPerClaim[claimId]).toBeUndefined();
    expect(await db.notification.count({ where: { userId: critic, kind: 'AUTHOR_RESPONSE' } })).toBe(1);
  });

  it('is not there for anyone but the author', async () => {
    await expect(getAuthorDesk(critic, slug)).rejects.toMatchObject({ status: 404 });
  });

  it('rejects a "revised" response without new wording, writing nothing', async () => {
    const before = await db.authorResponse.count();
    await expect(
      respondToCritique(author, slug, { critique: { type: 'claim', id: claimId }, status: 'REVISED', body: 'Changed.' }),
    ).rejects.toMatchObject({ status: 400 });
    expect(await db.authorResponse.count()).toBe(before);
  });
});
