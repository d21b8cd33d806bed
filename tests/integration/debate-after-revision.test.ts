import { beforeAll, describe, expect, it } from 'vitest';
import { toAif, toArgdown } from '@/lib/domain/argument';
import { db } from '@/lib/server/db/client';
import { listArgumentsPageForViewer } from '@/lib/server/api-v1/list-arguments-page';
import { getClaimDebateForViewer } from '@/lib/server/queries/argument/get-claim-debate-for-viewer';
import { getDebateForViewer, toExportDebate } from '@/lib/server/queries/argument/get-debate-for-viewer';
import { getAuthorDesk } from '@/lib/server/queries/author/get-author-desk';
import { addArgument } from '@/lib/server/services/argument/add-argument';
import { respondToCritique } from '@/lib/server/services/author/respond-to-critique';
import { makeCohort, makeEssay, makeUser } from '@/prisma/factories';

// Issue 9: a "revised" response that rewords an attacked claim left the attack's reply pointing
// into a tree whose root was no longer in the graph, and every debate read answered 500.
let author: string;
let critic: string;
let slug: string;
let attackId: string;
let replyId: string;
let rewordedClaimId: string;

beforeAll(async () => {
  author = (await makeUser(db, 'Author')).id;
  critic = (await makeUser(db, 'Critic')).id;
  const cohort = await makeCohort(db, [
    { userId: author, role: 'AUTHOR' },
    { userId: critic, role: 'MEMBER' },
  ]);
  const essay = await makeEssay(db, { cohortSlug: cohort.slug });
  await db.essay.update({ where: { id: essay.id }, data: { authorUserId: author } });
  slug = essay.slug;
  const claimId = (
    await db.claimVersion.findFirstOrThrow({
      where: { text: 'Alliances deter war.', claim: { essayId: essay.id } },
      select: { claimId: true },
    })
  ).claimId;
  rewordedClaimId = claimId;
  attackId = (
    await addArgument(critic, slug, {
      target: { type: 'claim', id: claimId },
      stance: 'ATTACK',
      attackKind: 'REBUT',
      text: 'Some alliances provoked wars.',
    })
  ).id;
  replyId = (
    await addArgument(author, slug, {
      target: { type: 'argument', id: attackId },
      stance: 'ATTACK',
      attackKind: 'REBUT',
      text: 'Provocation is the exception.',
    })
  ).id;
  await respondToCritique(author, slug, {
    critique: { type: 'argument', id: attackId },
    status: 'REVISED',
    body: 'Reworded.',
    revision: { claimId, text: 'Military pacts between neighbours have, on the whole, kept the peace.' },
  });
});

describe('the debate after a revision rewords an attacked claim', () => {
  it('still loads, with every claim of the new revision and no strength thrown off by the old tree', async () => {
    const debate = await getDebateForViewer(critic, slug);
    expect(debate.claims.map((c) => c.text)).toContain('Military pacts between neighbours have, on the whole, kept the peace.');
  });

  it('keeps the old wording, for the claim page that lists the arguments left behind, outside the strength graph', async () => {
    const debate = await getDebateForViewer(critic, slug);
    expect(debate.formerClaims.map((c) => [c.text, c.lastRevision])).toEqual([['Alliances deter war.', 1]]);
    expect(debate.arguments.filter((a) => [attackId, replyId].includes(a.id)).map((a) => [a.placement, a.strength])).toEqual([
      ['DETACHED', null],
      ['DETACHED', null],
    ]);
  });

  it('opens the reworded claim’s own page with its last wording and the arguments left behind', async () => {
    const page = await getClaimDebateForViewer(critic, slug, rewordedClaimId);
    expect(page.claims).toEqual([]);
    expect(page.formerClaims.map((c) => [c.text, c.lastRevision])).toEqual([['Alliances deter war.', 1]]);
    expect(page.arguments.map((a) => [a.id, a.placement, a.strength])).toEqual([
      [attackId, 'DETACHED', null],
      [replyId, 'DETACHED', null],
    ]);
  });

  it('keeps the attack and its reply reachable in /api/v1 arguments', async () => {
    const page = await listArgumentsPageForViewer(critic, slug, { limit: 50 });
    expect(page.arguments.map((a) => a.text).sort()).toEqual(['Provocation is the exception.', 'Some alliances provoked wars.']);
    expect(page.arguments.find((a) => a.id === replyId)?.targetArgumentId).toBe(attackId);
  });

  it('exports Argdown and AIF', async () => {
    const debate = toExportDebate(await getDebateForViewer(critic, slug));
    expect(toArgdown(debate)).toContain('# ');
    expect(toAif(debate)).toBeTruthy();
  });

  it("opens the author's desk", async () => {
    const desk = await getAuthorDesk(author, slug);
    expect(desk.critiques.map((c) => c.text)).toContain('Some alliances provoked wars.');
  });
});
