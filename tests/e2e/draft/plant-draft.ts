// Plants a draft in the demo cohort, as the cohort page's import leaves one, and prints its slug
// and cohort id as JSON. Run by preview-publish.spec.ts and security-headers.spec.ts with
// `node --conditions=react-server --import tsx` (the services are server-only; Playwright's
// process is not).
import { parseEssay } from '@/lib/domain/essay';
import { db } from '@/lib/server/db/client';
import { importEssay } from '@/lib/server/services/essay/import-essay';
import { DEMO_COHORT, DEMO_USERS } from '@/prisma/demo-data';

const title = process.argv[2] ?? 'A draft';
const text = 'Nia Draftwright\nAlliances deter war. They also provoke rivals.\nA Heading:\nPeace needs trust. Trust is slow to build.';
const cohort = await db.cohort.findUniqueOrThrow({ where: { slug: DEMO_COHORT.slug }, select: { id: true } });
const owner = await db.user.findUniqueOrThrow({ where: { email: DEMO_USERS.owner.email }, select: { id: true } });
const essay = await importEssay(db, parseEssay(text), { title, cohortId: cohort.id, draftBy: owner.id });
console.log(JSON.stringify({ slug: essay.slug, cohortId: cohort.id }));
await db.$disconnect();
