// Plants a cohort for cohort-home.spec.ts through the app's own services, in a cohort of its own
// (other specs' demo data stays as it is): the demo member and owner plus two readers, Ada and
// Bea; an essay open for two more days with a discussion, one closed, one opening in three
// days, and a draft. Prints what the spec needs as JSON on stdout.
// Run as `node --conditions=react-server --import tsx <this file>` with the test run's
// DATABASE_URL: the services are server-only, Playwright's process is not.
import { describeRange } from '@/lib/domain/anchoring';
import { db } from '@/lib/server/db/client';
import { createAnnotation } from '@/lib/server/services/annotation/create-annotation';
import { addArgument } from '@/lib/server/services/argument/add-argument';
import { recordEssayRead } from '@/lib/server/services/essay/record-essay-read';
import { DEMO_USERS } from '@/prisma/demo-data';
import { makeCohort, makeEssay, makeUser } from '@/prisma/factories';

const HOUR = 3_600_000;
const idOf = async (email: string) => (await db.user.findUniqueOrThrow({ where: { email }, select: { id: true } })).id;
const member = await idOf(DEMO_USERS.member.email);
const owner = await idOf(DEMO_USERS.owner.email);
const ada = (await makeUser(db, 'Ada Reader')).id;
const bea = (await makeUser(db, 'Bea Reader')).id;
const cohort = await makeCohort(db, [
  { userId: owner, role: 'OWNER' },
  { userId: member, role: 'MEMBER' },
  { userId: ada, role: 'MEMBER' },
  { userId: bea, role: 'MEMBER' },
]);

async function essay(title: string, settings: { status?: 'DRAFT'; discussion?: 'CLOSED'; opensAt?: Date; closesAt?: Date }) {
  const made = await makeEssay(db, { cohortSlug: cohort.slug });
  await db.essay.update({ where: { id: made.id }, data: { title, ...settings } });
  return made;
}

// Oldest first: the home lists the newest first.
const closed = await essay('A closed reading', { discussion: 'CLOSED' });
const later = await essay('A later reading', { opensAt: new Date(Date.now() + 3 * 24 * HOUR + HOUR) });
const open = await essay('This week’s reading', { closesAt: new Date(Date.now() + 2 * 24 * HOUR + HOUR) });
const draft = await essay('A draft not yet published', { status: 'DRAFT' });

// On this week's reading: Ada read it, Ada and Bea annotated it (Bea with a question on the first
// claim), and Ada argued against the first claim: two open critiques, one contested claim.
const revision = await db.essayRevision.findFirstOrThrow({
  where: { essayId: open.id },
  select: { id: true, text: true, claimVersions: { orderBy: { order: 'asc' }, select: { claimId: true } } },
});
const on = (quote: string, motivation: string, body: string) => {
  const start = revision.text.indexOf(quote);
  return { revisionId: revision.id, motivation, body, selectors: describeRange(revision.text, start, start + quote.length) };
};
await recordEssayRead(ada, open.slug);
await createAnnotation(ada, open.slug, on('Peace needs trust.', 'COMMENTING', 'Trust is earned.'));
await createAnnotation(bea, open.slug, on('Alliances deter war.', 'QUESTIONING', 'Do they, always?'));
await addArgument(ada, open.slug, {
  target: { type: 'claim', id: revision.claimVersions[0]!.claimId },
  stance: 'ATTACK',
  attackKind: 'REBUT',
  text: 'Some alliances dragged their members into war.',
});

console.log(JSON.stringify({ cohortId: cohort.id, open: open.slug, closed: closed.slug, later: later.slug, draft: draft.slug }));
await db.$disconnect();
