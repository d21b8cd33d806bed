// Plants a reading of its own for the opinion map spec: a cohort whose seven members rate an
// essay's six claims in two camps (four agree with the first three claims and disagree with the
// next two, three the reverse; all agree with the sixth), an argument for and one against the
// first claim with impact votes from both camps, and a member who has rated nothing yet — the
// spec's reader, who rates in the browser. The stored map is computed here, from the seven, so
// the page has groups to show whatever the app's own recomputation is doing meanwhile.
// Prints the reader's email, the essay's slug and its claims' ids as JSON.
import { hashPassword } from '@/lib/server/auth/password';
import { db } from '@/lib/server/db/client';
import { recomputeOpinionMap } from '@/lib/server/opinion/recompute-opinion-map';
import { addArgument } from '@/lib/server/services/argument/add-argument';
import { voteImpact } from '@/lib/server/services/argument/vote-impact';
import { rateClaim } from '@/lib/server/services/rating/rate-claim';
import { makeCohort, makeEssay } from '@/prisma/factories';

const password = process.argv[2] ?? 'opinion-map-password';
const stamp = `${Date.now().toString(36)}${Math.floor(Math.random() * 1e6).toString(36)}`;
const passwordHash = await hashPassword(password);
const user = async (key: string, name: string) =>
  db.user.create({ data: { email: `opinion-${key}-${stamp}@example.test`, name, passwordHash }, select: { id: true, email: true } });

const reader = await user('reader', 'Rae Reader');
const campA = [await user('a1', 'Ana Alpha'), await user('a2', 'Alf Alpha'), await user('a3', 'Avi Alpha'), await user('a4', 'Aya Alpha')];
const campB = [await user('b1', 'Bo Beta'), await user('b2', 'Bel Beta'), await user('b3', 'Bix Beta')];
const cohort = await makeCohort(
  db,
  [reader, ...campA, ...campB].map((u) => ({ userId: u.id, role: 'MEMBER' as const })),
);
const essay = await makeEssay(db, {
  cohortSlug: cohort.slug,
  text: [
    'Jane Writer',
    'Alliances deter war. Alliances provoke rivals. Treaties bind the strong.',
    'A Heading:',
    'Trade builds peace. Sanctions rarely work. Diplomacy takes patience.',
  ].join('\n'),
});
const revision = await db.essay.findUniqueOrThrow({ where: { id: essay.id }, select: { currentRevisionId: true } });
const claimIds = (
  await db.claimVersion.findMany({
    where: { revisionId: revision.currentRevisionId! },
    orderBy: { order: 'asc' },
    select: { claimId: true },
  })
).map((c) => c.claimId);
if (claimIds.length !== 6) throw new Error(`The opinion map essay should have six claims, not ${claimIds.length}.`);

const rows: [{ id: string }, number[]][] = [
  [campA[0]!, [5, 5, 5, 1, 1, 4]],
  [campA[1]!, [4, 5, 5, 1, 2, 5]],
  [campA[2]!, [5, 4, 5, 2, 1, 4]],
  [campA[3]!, [5, 5, 4, 1, 1, 5]],
  [campB[0]!, [1, 1, 1, 5, 5, 4]],
  [campB[1]!, [2, 1, 1, 5, 4, 5]],
  [campB[2]!, [1, 2, 1, 4, 5, 4]],
];
for (const [who, values] of rows) {
  for (const [j, value] of values.entries()) await rateClaim(who.id, claimIds[j]!, 'AGREEMENT', { value });
}
const forIt = await addArgument(campA[0]!.id, essay.slug, {
  target: { type: 'claim', id: claimIds[0]! },
  stance: 'SUPPORT',
  text: 'NATO kept the peace in Europe for seventy years.',
});
const againstIt = await addArgument(campB[0]!.id, essay.slug, {
  target: { type: 'claim', id: claimIds[0]! },
  stance: 'ATTACK',
  attackKind: 'REBUT',
  text: 'Alliances dragged Europe into war in 1914.',
});
await voteImpact(campA[1]!.id, forIt.id, { impact: 4 });
await voteImpact(campB[1]!.id, againstIt.id, { impact: 4 });
await voteImpact(campB[2]!.id, againstIt.id, { impact: 3 });
await recomputeOpinionMap(essay.id);

console.log(JSON.stringify({ email: reader.email, slug: essay.slug, claimIds }));
await db.$disconnect();
