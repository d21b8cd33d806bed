// Plants a long discussion for long-discussion.spec.ts through the app's own services: an essay of
// 60 sentences, in a cohort of its own (other specs' demo data stays as it is) that three demo
// people belong to, with 120 notes by the demo member, two on each sentence (one over its first
// words, one over the whole sentence) and 22 replies under the first (more than a page sends
// inline), and prints it as JSON on stdout.
// Run as `node --conditions=react-server --import tsx <this file>` with the test run's
// DATABASE_URL: the services are server-only, Playwright's process is not.
import { describeRange } from '@/lib/domain/anchoring';
import { db } from '@/lib/server/db/client';
import { createAnnotation } from '@/lib/server/services/annotation/create-annotation';
import { replyToAnnotation } from '@/lib/server/services/annotation/reply-to-annotation';
import { DEMO_USERS } from '@/prisma/demo-data';
import { makeCohort, makeEssay } from '@/prisma/factories';

const SENTENCES = 60;
const REPLIES = 22;
const paragraphs = Array.from({ length: SENTENCES / 6 }, (_, p) =>
  Array.from({ length: 6 }, (_, i) => `Sentence ${p * 6 + i + 1} weighs alliances against the rivals they provoke.`).join(' '),
);
const idOf = async (email: string) => (await db.user.findUniqueOrThrow({ where: { email }, select: { id: true } })).id;
const [author, reader, writer] = [
  await idOf(DEMO_USERS.member.email),
  await idOf(DEMO_USERS.moderator.email),
  await idOf(DEMO_USERS.owner.email),
];
const cohort = await makeCohort(
  db,
  [author, reader, writer].map((userId) => ({ userId, role: 'MEMBER' as const })),
);
const essay = await makeEssay(db, { cohortSlug: cohort.slug, text: ['Ada Writer', ...paragraphs].join('\n\n') });
const revision = await db.essayRevision.findFirstOrThrow({ where: { essayId: essay.id }, select: { id: true, text: true } });
const claims = await db.claimVersion.findMany({
  where: { revisionId: revision.id },
  orderBy: { order: 'asc' },
  select: { start: true, end: true },
});
if (claims.length !== SENTENCES) throw new Error(`expected ${SENTENCES} claims, parsed ${claims.length}`);

const notes: { body: string; start: number; end: number }[] = [];
for (const [i, claim] of claims.entries()) {
  // "Sentence 12" — the first words, then the whole sentence.
  const firstWords = revision.text.slice(claim.start, claim.end).indexOf(' weighs');
  for (const end of [claim.start + firstWords, claim.end]) {
    const body = `Note ${String(notes.length + 1).padStart(3, '0')} on sentence ${i + 1}`;
    const created = await createAnnotation(author, essay.slug, {
      revisionId: revision.id,
      motivation: 'COMMENTING',
      body,
      selectors: describeRange(revision.text, claim.start, end),
    });
    notes.push({ body, start: claim.start, end });
    if (notes.length === 1) {
      for (let r = 1; r <= REPLIES; r++) await replyToAnnotation(writer, created.id, { body: `Reply ${String(r).padStart(2, '0')}` });
    }
  }
}
console.log(JSON.stringify({ slug: essay.slug, notes }));
await db.$disconnect();
