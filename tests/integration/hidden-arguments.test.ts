import { beforeAll, describe, expect, it } from 'vitest';
import { toAif, toArgdown } from '@/lib/domain/argument';
import { db } from '@/lib/server/db/client';
import { listArgumentsPageForViewer } from '@/lib/server/api-v1/list-arguments-page';
import { getDebateForViewer, toExportDebate } from '@/lib/server/queries/argument/get-debate-for-viewer';
import { addArgument } from '@/lib/server/services/argument/add-argument';
import { voteImpact } from '@/lib/server/services/argument/vote-impact';
import { moderate } from '@/lib/server/services/moderation/moderate';
import { rateClaim } from '@/lib/server/services/rating/rate-claim';
import { makeCohort, makeEssay, makeUser } from '@/prisma/factories';

// Issue 9, "Exports leak hidden arguments": a moderator-hidden argument (and a deleted one) must
// not reach readers in any read of the debate, and must not move the claim's strength.
const HIDDEN = 'MARKER-hidden-argument';
const HIDDEN_ELABORATION = 'MARKER-hidden-elaboration';
const DELETED = 'MARKER-deleted-argument';

let member: string;
let slug: string;
let claimId: string;
let hiddenId: string;
let strengthBefore: number | null;
let strengthWithAttack: number | null;

beforeAll(async () => {
  member = (await makeUser(db, 'Member')).id;
  const critic = (await makeUser(db, 'Critic')).id;
  const moderator = (await makeUser(db, 'Moderator')).id;
  const cohort = await makeCohort(db, [
    { userId: member, role: 'MEMBER' },
    { userId: critic, role: 'MEMBER' },
    { userId: moderator, role: 'MODERATOR' },
  ]);
  const essay = await makeEssay(db, { cohortSlug: cohort.slug });
  slug = essay.slug;
  claimId = (
    await db.claimVersion.findFirstOrThrow({
      where: { text: 'Alliances deter war.', claim: { essayId: essay.id } },
      select: { claimId: true },
    })
  ).claimId;
  await rateClaim(member, claimId, 'AGREEMENT', { value: 4 });
  await addArgument(member, slug, { target: { type: 'claim', id: claimId }, stance: 'SUPPORT', text: 'NATO kept the peace in Europe.' });
  strengthBefore = (await getDebateForViewer(member, slug)).claims.find((c) => c.id === claimId)!.strength;

  hiddenId = (
    await addArgument(critic, slug, {
      target: { type: 'claim', id: claimId },
      stance: 'ATTACK',
      attackKind: 'REBUT',
      text: HIDDEN,
      elaboration: HIDDEN_ELABORATION,
    })
  ).id;
  await addArgument(member, slug, { target: { type: 'argument', id: hiddenId }, stance: 'SUPPORT', text: 'A reply to the attack.' });
  await voteImpact(critic, hiddenId, { impact: 4, isRelevant: true });
  strengthWithAttack = (await getDebateForViewer(member, slug)).claims.find((c) => c.id === claimId)!.strength;
  await moderate(moderator, cohort.id, { kind: 'HIDE', target: { type: 'argument', id: hiddenId }, reason: 'Personal attack.' });

  const deleted = await addArgument(critic, slug, {
    target: { type: 'claim', id: claimId },
    stance: 'ATTACK',
    attackKind: 'REBUT',
    text: DELETED,
  });
  await db.argument.update({ where: { id: deleted.id }, data: { deletedAt: new Date() } });
});

describe('hidden and deleted arguments', () => {
  it('are absent from the Argdown and AIF exports', async () => {
    const debate = toExportDebate(await getDebateForViewer(member, slug));
    for (const text of [toArgdown(debate), JSON.stringify(toAif(debate))]) {
      expect(text).toContain('NATO kept the peace in Europe.');
      expect(text).not.toContain('MARKER');
      expect(text).not.toContain('A reply to the attack.');
    }
  });

  it('reach /api/v1 arguments and the map payload as a placeholder, never as text', async () => {
    const page = await listArgumentsPageForViewer(member, slug, { limit: 50 });
    expect(JSON.stringify(page)).not.toContain('MARKER');
    expect(page.arguments.find((a) => a.id === hiddenId)).toMatchObject({
      text: 'Hidden by a moderator.',
      elaboration: null,
      isHidden: true,
      strength: null,
      placement: 'WITHHELD',
    });
    expect(JSON.stringify((await getDebateForViewer(member, slug)).arguments)).not.toContain('MARKER');
  });

  it('do not move the claim’s strength', async () => {
    expect(strengthWithAttack).not.toBe(strengthBefore); // the attack did count while it was visible
    const after = (await getDebateForViewer(member, slug)).claims.find((c) => c.id === claimId)!.strength;
    expect(after).toBe(strengthBefore);
  });
});
