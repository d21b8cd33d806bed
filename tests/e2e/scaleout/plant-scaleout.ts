// Plants the essay the scale-out specs write on, in a cohort of its own (the demo essay's notes
// stay as other specs expect them): the demo owner, moderator and member. Prints what the specs
// need as JSON on stdout. Run as `node --conditions=react-server --import tsx <this file>` with the
// test run's DATABASE_URL: the services are server-only, Playwright's process is not.
import { db } from '@/lib/server/db/client';
import { DEMO_USERS } from '@/prisma/demo-data';
import { makeCohort, makeEssay } from '@/prisma/factories';

const idOf = async (email: string) => (await db.user.findUniqueOrThrow({ where: { email }, select: { id: true } })).id;
const cohort = await makeCohort(db, [
  { userId: await idOf(DEMO_USERS.owner.email), role: 'OWNER' },
  { userId: await idOf(DEMO_USERS.moderator.email), role: 'MODERATOR' },
  { userId: await idOf(DEMO_USERS.member.email), role: 'MEMBER' },
]);
const essay = await makeEssay(db, { cohortSlug: cohort.slug });
const revision = await db.essayRevision.findFirstOrThrow({ where: { essayId: essay.id }, select: { id: true, text: true } });
const claim = await db.claim.findFirstOrThrow({ where: { essayId: essay.id }, select: { id: true } });
console.log(JSON.stringify({ slug: essay.slug, essayId: essay.id, revisionId: revision.id, text: revision.text, claimId: claim.id }));
await db.$disconnect();
