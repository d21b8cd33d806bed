// Plants the cohort of reading-settings.spec.ts through the app's own services, in a cohort of its
// own (other specs' demo data stays as it is): the demo owner and member plus Ada; an essay open
// for discussion, and one with "post before you see" on where Ada has already shared a note.
// Prints the slugs as JSON on stdout. Run as `node --conditions=react-server --import tsx <this
// file>` with the test run's DATABASE_URL: the services are server-only, Playwright's process is not.
import { describeRange } from '@/lib/domain/anchoring';
import { db } from '@/lib/server/db/client';
import { createAnnotation } from '@/lib/server/services/annotation/create-annotation';
import { setReadingSettings } from '@/lib/server/services/essay/set-reading-settings';
import { DEMO_USERS } from '@/prisma/demo-data';
import { makeCohort, makeEssay, makeUser } from '@/prisma/factories';

const idOf = async (email: string) => (await db.user.findUniqueOrThrow({ where: { email }, select: { id: true } })).id;
const owner = await idOf(DEMO_USERS.owner.email);
const member = await idOf(DEMO_USERS.member.email);
const ada = (await makeUser(db, 'Ada Early')).id;
const cohort = await makeCohort(db, [
  { userId: owner, role: 'OWNER' },
  { userId: member, role: 'MEMBER' },
  { userId: ada, role: 'MEMBER' },
]);

const open = await makeEssay(db, { cohortSlug: cohort.slug });
const gated = await makeEssay(db, { cohortSlug: cohort.slug });
await setReadingSettings(owner, gated.slug, { discussion: 'OPEN', opensAt: null, closesAt: null, postBeforeSee: true });
const revision = await db.essayRevision.findFirstOrThrow({ where: { essayId: gated.id }, select: { id: true, text: true } });
const start = revision.text.indexOf('Peace needs trust.');
await createAnnotation(ada, gated.slug, {
  revisionId: revision.id,
  motivation: 'COMMENTING',
  body: 'Ada wrote this before anyone else.',
  selectors: describeRange(revision.text, start, start + 'Peace needs trust.'.length),
});

const openRevision = await db.essayRevision.findFirstOrThrow({ where: { essayId: open.id }, select: { id: true, text: true } });
const openStart = openRevision.text.indexOf('Peace needs trust.');
await createAnnotation(ada, open.slug, {
  revisionId: openRevision.id,
  motivation: 'COMMENTING',
  body: 'Ada wrote on the open essay.',
  selectors: describeRange(openRevision.text, openStart, openStart + 'Peace needs trust.'.length),
});
const openClaim = await db.claim.findFirstOrThrow({ where: { essayId: open.id }, select: { id: true } });
console.log(JSON.stringify({ open: open.slug, openClaimId: openClaim.id, gated: gated.slug }));
await db.$disconnect();
