// Plants the essay the scale-out specs write on, in a cohort of its own with three accounts of its
// own (an owner, a moderator and a member, password DEMO_PASSWORD). Own accounts because the write
// budget is per person and shared by every instance on the database: writes other specs make as
// the demo accounts in the same minute must not spend it. Prints what the specs need as JSON on
// stdout. Run as `node --conditions=react-server --import tsx <this file>` with the test run's
// DATABASE_URL: the services are server-only, Playwright's process is not.
import { randomBytes } from 'node:crypto';
import { db } from '@/lib/server/db/client';
import { createUser } from '@/lib/server/services/user/create-user';
import { DEMO_PASSWORD } from '@/prisma/demo-data';
import { makeCohort, makeEssay } from '@/prisma/factories';

const tag = randomBytes(4).toString('hex');
const account = async (role: 'owner' | 'moderator' | 'member') => {
  const email = `scaleout-${role}-${tag}@example.test`;
  const { id } = await createUser(db, { email, name: `Scale-out ${role} ${tag}`, password: DEMO_PASSWORD });
  return { id, email };
};
const users = { owner: await account('owner'), moderator: await account('moderator'), member: await account('member') };
const cohort = await makeCohort(db, [
  { userId: users.owner.id, role: 'OWNER' },
  { userId: users.moderator.id, role: 'MODERATOR' },
  { userId: users.member.id, role: 'MEMBER' },
]);
const essay = await makeEssay(db, { cohortSlug: cohort.slug });
const revision = await db.essayRevision.findFirstOrThrow({ where: { essayId: essay.id }, select: { id: true, text: true } });
const claim = await db.claim.findFirstOrThrow({ where: { essayId: essay.id }, select: { id: true } });
console.log(
  JSON.stringify({
    slug: essay.slug,
    essayId: essay.id,
    revisionId: revision.id,
    text: revision.text,
    claimId: claim.id,
    emails: { owner: users.owner.email, moderator: users.moderator.email, member: users.member.email },
  }),
);
await db.$disconnect();
