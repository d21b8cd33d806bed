import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/server/db/client';
import { addArgument } from '@/lib/server/services/argument/add-argument';
import { voteImpact } from '@/lib/server/services/argument/vote-impact';
import { makeCohort, makeEssay, makeUser } from '@/prisma/factories';

let member: string;
let slug: string;
let claimId: string;
let foreignClaimId: string;

beforeAll(async () => {
  member = (await makeUser(db)).id;
  const cohort = await makeCohort(db, [{ userId: member, role: 'MEMBER' }]);
  const essay = await makeEssay(db, { cohortSlug: cohort.slug });
  slug = essay.slug;
  claimId = (await db.claim.findFirstOrThrow({ where: { essayId: essay.id }, select: { id: true } })).id;
  const other = await makeEssay(db, { cohortSlug: cohort.slug });
  foreignClaimId = (await db.claim.findFirstOrThrow({ where: { essayId: other.id }, select: { id: true } })).id;
});

describe('arguments', () => {
  it('builds a tree: a rebuttal, a rebuttal of the rebuttal, an undercut, with impact votes', async () => {
    const rebuttal = await addArgument(member, slug, {
      target: { type: 'claim', id: claimId },
      stance: 'ATTACK',
      attackKind: 'REBUT',
      text: 'Alliances often drag members into wars.',
    });
    const counter = await addArgument(member, slug, {
      target: { type: 'argument', id: rebuttal.id },
      stance: 'ATTACK',
      attackKind: 'REBUT',
      text: 'Entrapment is rare in the record.',
    });
    await addArgument(member, slug, {
      target: { type: 'argument', id: rebuttal.id },
      stance: 'ATTACK',
      attackKind: 'UNDERCUT',
      text: 'Being dragged in says nothing about deterrence.',
    });
    await voteImpact(member, counter.id, { impact: 3, isRelevant: true });
    await voteImpact(member, counter.id, { impact: 4 });
    const children = await db.argument.findMany({ where: { targetArgumentId: rebuttal.id }, select: { attackKind: true } });
    expect(children.map((c) => c.attackKind).sort()).toEqual(['REBUT', 'UNDERCUT']);
    expect(await db.impactVote.findMany({ where: { argumentId: counter.id }, select: { impact: true } })).toEqual([{ impact: 4 }]);
  });

  it.each([
    ['an empty argument', () => ({ target: { type: 'claim', id: claimId }, stance: 'SUPPORT', text: '  ' }), 400, /short claim/],
    [
      'an oversized argument',
      () => ({ target: { type: 'claim', id: claimId }, stance: 'SUPPORT', text: 'x'.repeat(301) }),
      400,
      /300 characters/,
    ],
    ['an attack without a kind', () => ({ target: { type: 'claim', id: claimId }, stance: 'ATTACK', text: 'No.' }), 400, /REBUT/],
    [
      'an undercut of an essay claim',
      () => ({ target: { type: 'claim', id: claimId }, stance: 'ATTACK', attackKind: 'UNDERCUT', text: 'No.' }),
      400,
      /undercut/i,
    ],
    [
      'a claim in another essay',
      () => ({ target: { type: 'claim', id: foreignClaimId }, stance: 'SUPPORT', text: 'Yes.' }),
      400,
      /not part of this essay/,
    ],
    ['a missing argument', () => ({ target: { type: 'argument', id: 'nope' }, stance: 'SUPPORT', text: 'Yes.' }), 404, /No such argument/],
  ])('rejects %s with a clear message and writes nothing', async (_what, input, status, message) => {
    const before = await db.argument.count();
    await expect(addArgument(member, slug, input())).rejects.toMatchObject({ status, message: expect.stringMatching(message) });
    expect(await db.argument.count()).toBe(before);
  });

  it('refuses to answer a deleted argument', async () => {
    const gone = await addArgument(member, slug, { target: { type: 'claim', id: claimId }, stance: 'SUPPORT', text: 'Soon deleted.' });
    await db.argument.update({ where: { id: gone.id }, data: { deletedAt: new Date() } });
    await expect(
      addArgument(member, slug, { target: { type: 'argument', id: gone.id }, stance: 'SUPPORT', text: 'Too late.' }),
    ).rejects.toMatchObject({ status: 409 });
  });

  it('rejects an impact outside 0–4', async () => {
    const arg = await addArgument(member, slug, {
      target: { type: 'claim', id: claimId },
      stance: 'SUPPORT',
      text: 'Deterrence worked in 1962.',
    });
    await expect(voteImpact(member, arg.id, { impact: 5 })).rejects.toMatchObject({ status: 400 });
  });
});
