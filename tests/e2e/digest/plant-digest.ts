// Plants a discussion for digest.spec.ts through the app's own services, in a cohort of its own:
// the demo moderator (the facilitator) and the demo member, six readers in two camps, an author.
// The camps rate the essay's three claims apart on claims 1 and 2 and alike on claim 3, the
// moderator rates as camp A, and the opinion map is computed here (the app would do it a few
// seconds after the ratings, off the request path). Arguments with impact votes, a concession, a
// revision, an open question and a hidden note complete it. Prints what the spec needs as JSON.
// Run as `node --conditions=react-server --import tsx <this file>` with the test run's DATABASE_URL.
import { describeRange } from '@/lib/domain/anchoring';
import { db } from '@/lib/server/db/client';
import { recomputeOpinionMap } from '@/lib/server/opinion/recompute-opinion-map';
import { createAnnotation } from '@/lib/server/services/annotation/create-annotation';
import { addArgument } from '@/lib/server/services/argument/add-argument';
import { voteImpact } from '@/lib/server/services/argument/vote-impact';
import { respondToCritique } from '@/lib/server/services/author/respond-to-critique';
import { recordEssayRead } from '@/lib/server/services/essay/record-essay-read';
import { moderate } from '@/lib/server/services/moderation/moderate';
import { rateClaim } from '@/lib/server/services/rating/rate-claim';
import { DEMO_USERS } from '@/prisma/demo-data';
import { makeCohort, makeEssay, makeUser } from '@/prisma/factories';

const idOf = async (email: string) => (await db.user.findUniqueOrThrow({ where: { email }, select: { id: true } })).id;
const moderator = await idOf(DEMO_USERS.moderator.email);
const member = await idOf(DEMO_USERS.member.email);
const author = (await makeUser(db, 'Ada Essayist')).id;
const campA = [(await makeUser(db, 'Ann Reader')).id, (await makeUser(db, 'Abe Reader')).id, (await makeUser(db, 'Ari Reader')).id];
const campB = [(await makeUser(db, 'Ben Reader')).id, (await makeUser(db, 'Bea Reader')).id, (await makeUser(db, 'Bud Reader')).id];
const cohort = await makeCohort(db, [
  { userId: moderator, role: 'MODERATOR' },
  { userId: member, role: 'MEMBER' },
  { userId: author, role: 'AUTHOR' },
  ...[...campA, ...campB].map((userId) => ({ userId, role: 'MEMBER' as const })),
]);
const essay = await makeEssay(db, { cohortSlug: cohort.slug });
await db.essay.update({ where: { id: essay.id }, data: { title: 'Digest of a reading', authorUserId: author } });
const revision = await db.essayRevision.findFirstOrThrow({
  where: { essayId: essay.id },
  select: { id: true, text: true, claimVersions: { orderBy: { order: 'asc' }, select: { claimId: true } } },
});
const claims = revision.claimVersions.map((c) => c.claimId);
const on = (quote: string, motivation: string, body: string) => {
  const start = revision.text.indexOf(quote);
  return { revisionId: revision.id, motivation, body, selectors: describeRange(revision.text, start, start + quote.length) };
};

// Read by Ann, Abe and Ben (3 of 9).
for (const reader of [campA[0]!, campA[1]!, campB[0]!]) await recordEssayRead(reader, essay.slug);

// Arguments: for claim 1 (voted 4 and 3), against it (voted 1), a question on claim 3.
const claim = (i: number) => ({ type: 'claim', id: claims[i]! });
const support = await addArgument(campA[0]!, essay.slug, { target: claim(0), stance: 'SUPPORT', text: 'Deterrence held in Europe.' });
const attack = await addArgument(campB[0]!, essay.slug, {
  target: claim(0),
  stance: 'ATTACK',
  attackKind: 'REBUT',
  text: 'Alliances drag members into war.',
});
await voteImpact(campA[1]!, support.id, { impact: 4 });
await voteImpact(campB[1]!, support.id, { impact: 3 });
await voteImpact(campA[2]!, attack.id, { impact: 1 });
const question = await createAnnotation(campB[1]!, essay.slug, on('Peace needs trust.', 'QUESTIONING', 'Is trust enough on its own?'));
await createAnnotation(campB[2]!, essay.slug, on('Peace needs trust.', 'QUESTIONING', 'Whose trust, exactly?'));
const offTopic = await createAnnotation(
  campA[2]!,
  essay.slug,
  on('They also provoke rivals.', 'COMMENTING', 'Off-topic words hidden-d1g3'),
);
await moderate(moderator, cohort.id, { kind: 'HIDE', target: { type: 'annotation', id: offTopic.id }, reason: 'Off topic.' });

// The author concedes the attack and revises claim 3 for the question.
await respondToCritique(author, essay.slug, { critique: { type: 'argument', id: attack.id }, status: 'CONCEDED', body: 'Fair: some did.' });
await respondToCritique(author, essay.slug, {
  critique: { type: 'annotation', id: question.id },
  status: 'REVISED',
  body: 'Reworded the claim.',
  revision: { claimId: claims[2]!, text: 'Peace needs trust and patience.' },
});

// Ratings of the essay as it now stands (revision 2): the camps, and the facilitator with camp A,
// so that they have rated enough claims to see the groups.
const current = await db.essay.findUniqueOrThrow({
  where: { id: essay.id },
  select: { currentRevision: { select: { claimVersions: { orderBy: { order: 'asc' }, select: { claimId: true } } } } },
});
const nowClaims = current.currentRevision!.claimVersions.map((c) => c.claimId);
const rate = async (userId: string, values: number[]) => {
  for (const [i, value] of values.entries()) await rateClaim(userId, nowClaims[i]!, 'AGREEMENT', { value });
};
for (const userId of [...campA, moderator]) await rate(userId, [5, 5, 4]);
for (const userId of campB) await rate(userId, [1, 1, 4]);
await recomputeOpinionMap(essay.id);

console.log(JSON.stringify({ slug: essay.slug }));
await db.$disconnect();
