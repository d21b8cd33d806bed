import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/server/db/client';
import { getClaimDebateForViewer } from '@/lib/server/queries/argument/get-claim-debate-for-viewer';
import { explainNode, getDebateForViewer, HIDDEN_ARGUMENT_TEXT } from '@/lib/server/queries/argument/get-debate-for-viewer';
import { addArgument } from '@/lib/server/services/argument/add-argument';
import { voteImpact } from '@/lib/server/services/argument/vote-impact';
import { moderate } from '@/lib/server/services/moderation/moderate';
import { rateClaim } from '@/lib/server/services/rating/rate-claim';
import { makeCohort, makeEssay, makeUser } from '@/prisma/factories';

// The claim page loads only its claim's argument tree. Whatever it shows must be exactly what the
// essay-wide debate says about that claim: the same strengths, the same withheld words, the same
// blind-rating rule, and nothing from other claims' trees.

let slug: string;
let claimId: string;
let otherClaimId: string;
let rater: string;
let nonRater: string;
/** The arguments of claimId's tree, by name, written below by hand. */
const tree: Record<string, string> = {};
let otherArgumentId: string;

async function claimOf(essayId: string, text: string) {
  return (await db.claimVersion.findFirstOrThrow({ where: { text, claim: { essayId } }, select: { claimId: true } })).claimId;
}

beforeAll(async () => {
  rater = (await makeUser(db, 'Rater')).id;
  nonRater = (await makeUser(db, 'Non-rater')).id;
  const critic = (await makeUser(db, 'Critic')).id;
  const voters = await Promise.all([1, 2, 3].map((i) => makeUser(db, `Voter ${i}`)));
  const moderator = (await makeUser(db, 'Moderator')).id;
  const cohort = await makeCohort(db, [
    { userId: rater, role: 'MEMBER' },
    { userId: nonRater, role: 'MEMBER' },
    { userId: critic, role: 'MEMBER' },
    { userId: moderator, role: 'MODERATOR' },
    ...voters.map((v) => ({ userId: v.id, role: 'MEMBER' as const })),
  ]);
  const essay = await makeEssay(db, { cohortSlug: cohort.slug });
  slug = essay.slug;
  claimId = await claimOf(essay.id, 'Alliances deter war.');
  otherClaimId = await claimOf(essay.id, 'They also provoke rivals.');

  for (const [i, voter] of voters.entries()) {
    await rateClaim(voter.id, claimId, 'AGREEMENT', { value: i + 2 });
    await rateClaim(voter.id, otherClaimId, 'AGREEMENT', { value: 5 - i });
  }
  await rateClaim(rater, claimId, 'AGREEMENT', { value: 4 });
  // The non-rater rated only the evidence axis: agreement aggregates stay withheld from them.
  await rateClaim(nonRater, claimId, 'EVIDENCE', { value: 3 });

  const on = (target: string, type: 'claim' | 'argument' = 'argument') => ({ target: { type, id: target } });
  tree.support = (await addArgument(rater, slug, { ...on(claimId, 'claim'), stance: 'SUPPORT', text: 'NATO kept the peace.' })).id;
  tree.hidden = (
    await addArgument(critic, slug, {
      ...on(claimId, 'claim'),
      stance: 'ATTACK',
      attackKind: 'REBUT',
      text: 'MARKER-hidden',
      elaboration: 'x',
    })
  ).id;
  tree.underHidden = (await addArgument(rater, slug, { ...on(tree.hidden), stance: 'ATTACK', attackKind: 'REBUT', text: 'Not so.' })).id;
  tree.attack = (
    await addArgument(critic, slug, { ...on(claimId, 'claim'), stance: 'ATTACK', attackKind: 'REBUT', text: 'Correlation only.' })
  ).id;
  tree.defence = (
    await addArgument(rater, slug, { ...on(tree.attack), stance: 'ATTACK', attackKind: 'UNDERCUT', text: 'Natural experiments.' })
  ).id;
  tree.deep = (await addArgument(critic, slug, { ...on(tree.defence), stance: 'SUPPORT', text: 'Few of them.' })).id;
  otherArgumentId = (await addArgument(critic, slug, { ...on(otherClaimId, 'claim'), stance: 'SUPPORT', text: 'Elsewhere.' })).id;

  const votes: [string, number, boolean][] = [
    [tree.support, 3, true],
    [tree.hidden, 4, true],
    [tree.attack, 4, true],
    [tree.defence, 2, false],
    [tree.deep, 1, true],
    [otherArgumentId, 4, true],
  ];
  for (const [i, voter] of voters.entries()) {
    for (const [argumentId, impact, isRelevant] of votes) await voteImpact(voter.id, argumentId, { impact: (impact + i) % 5, isRelevant });
  }
  await moderate(moderator, cohort.id, { kind: 'HIDE', target: { type: 'argument', id: tree.hidden }, reason: 'Personal attack.' });
});

const byId = <T extends { id: string }>(rows: T[]) => [...rows].sort((a, b) => a.id.localeCompare(b.id));

describe.each([
  ['a viewer who rated the claim', () => rater, true],
  ['a viewer who has not rated its agreement', () => nonRater, false],
])('the claim page for %s', (_, viewer, hasRated) => {
  it('holds only the claim and its own tree', async () => {
    const scoped = await getClaimDebateForViewer(viewer(), slug, claimId);
    expect(scoped.claims.map((c) => c.id)).toEqual([claimId]);
    expect(scoped.arguments.map((a) => a.id).sort()).toEqual(Object.values(tree).sort());
    expect(scoped.arguments.map((a) => a.id)).not.toContain(otherArgumentId);
  });

  it('gives the same claim, arguments, strengths and explanation as the essay-wide debate', async () => {
    const [scoped, whole] = await Promise.all([getClaimDebateForViewer(viewer(), slug, claimId), getDebateForViewer(viewer(), slug)]);
    expect(scoped.claims).toEqual(whole.claims.filter((c) => c.id === claimId));
    expect(byId(scoped.arguments)).toEqual(byId(whole.arguments.filter((a) => Object.values(tree).includes(a.id))));
    for (const id of [claimId, ...Object.values(tree)]) expect(scoped.strengths.get(id)).toBe(whole.strengths.get(id));
    expect(explainNode(scoped, claimId)).toEqual(explainNode(whole, claimId));
    expect(scoped.position).toBe(whole.claims.findIndex((c) => c.id === claimId) + 1);
    expect(scoped.claimCount).toBe(whole.claims.length);
  });

  it('withholds the hidden argument and, until the viewer rates, the claim’s strength', async () => {
    const scoped = await getClaimDebateForViewer(viewer(), slug, claimId);
    const hidden = scoped.arguments.find((a) => a.id === tree.hidden)!;
    expect(hidden).toMatchObject({ text: HIDDEN_ARGUMENT_TEXT, elaboration: null, placement: 'WITHHELD', strength: null });
    expect(scoped.arguments.find((a) => a.id === tree.underHidden)!.placement).toBe('WITHHELD');
    expect(JSON.stringify(scoped.arguments)).not.toContain('MARKER');
    const claim = scoped.claims[0]!;
    if (hasRated) {
      expect(claim.strength).not.toBeNull();
      expect(claim.ratingCount).toBe(4);
      expect(explainNode(scoped, claimId)).not.toBeNull();
    } else {
      expect(claim).toMatchObject({ strength: null, base: null, ratingCount: null });
      expect(explainNode(scoped, claimId)).toBeNull();
    }
  });
});

describe('a claim the essay does not have', () => {
  it('is not found, like an unknown id', async () => {
    const elsewhere = await makeEssay(db);
    const foreign = await claimOf(elsewhere.id, 'Alliances deter war.');
    await expect(getClaimDebateForViewer(rater, slug, foreign)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(getClaimDebateForViewer(rater, slug, 'c'.repeat(25))).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(getClaimDebateForViewer(rater, slug, 'bad\u0000id')).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});
