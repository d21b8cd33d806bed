// Plants an essay in the demo cohort with notes and an argument by demo fellows, all sharing one
// made-up word, and prints what search.spec.ts needs as JSON. Run with `node --conditions=react-server
// --import tsx` (the services are server-only; Playwright's process is not).
import { describeRange } from '@/lib/domain/anchoring';
import { db } from '@/lib/server/db/client';
import { createAnnotation } from '@/lib/server/services/annotation/create-annotation';
import { addArgument } from '@/lib/server/services/argument/add-argument';
import { DEMO_COHORT } from '@/prisma/demo-data';
import { makeEssay } from '@/prisma/factories';

// Letters only, so the English stemmer keeps it whole; new each run, so nothing else matches.
const word = `zq${Date.now()
  .toString(36)
  .replace(/[0-9]/g, (d) => 'abcdefghij'[Number(d)]!)}`;
const essay = await makeEssay(db, {
  cohortSlug: DEMO_COHORT.slug,
  text: 'Nia Writer\nNavies deter war between rivals. Harbours matter less than trust.\nA Heading:\nPeace needs trust.',
});
const revision = await db.essayRevision.findFirstOrThrow({ where: { essayId: essay.id }, select: { id: true, text: true } });
const claim = await db.claimVersion.findFirstOrThrow({ where: { revisionId: revision.id }, orderBy: { order: 'asc' } });
const fellow = async (email: string) => (await db.user.findUniqueOrThrow({ where: { email }, select: { id: true } })).id;
const [leila, jonas] = [await fellow('leila@counterpoint.test'), await fellow('jonas@counterpoint.test')];
const note = (userId: string, body: string) =>
  createAnnotation(userId, essay.slug, {
    revisionId: revision.id,
    motivation: 'COMMENTING',
    body,
    visibility: 'COHORT',
    selectors: describeRange(revision.text, claim.start, claim.end),
  });

// The phrase "<word> harbour" is in the first and third; the third also says "navy".
const wanted = `The ${word} harbour treaties kept the peace for decades.`;
await note(leila, wanted);
await note(jonas, `The ${word} question is not about the harbour at all.`);
await note(jonas, `The ${word} harbour talks failed because the navy objected.`);
const argument = `Fleets deter more than ${word} treaties ever did.`;
await addArgument(jonas, essay.slug, {
  target: { type: 'claim', id: claim.claimId },
  stance: 'ATTACK',
  attackKind: 'REBUT',
  text: argument,
});

console.log(JSON.stringify({ slug: essay.slug, word, wanted, argument, claimText: claim.text }));
await db.$disconnect();
