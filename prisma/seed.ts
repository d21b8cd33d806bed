// Idempotent demo seed: demo accounts, the demo cohort with their roles, the demo essay with the
// discussion its fellows have had so far (prisma/demo/), and a second essay in Markdown.
// Run by `npm start` and the test runner after migrations; safe to run any number of times.
// One transaction, and a fixed number of statements whatever the content: every table is written
// with one batched INSERT (createMany), never a statement per row.
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { parseEssay } from '@/lib/domain/essay';
import { hashPassword } from '@/lib/server/auth/password';
import type { TDb, TTx } from '@/lib/server/db/client';
import { importEssayInTransaction } from '@/lib/server/services/essay/import-essay';
import { DEMO_COHORT, DEMO_ESSAY, DEMO_MARKDOWN_ESSAY, DEMO_PASSWORD, DEMO_USERS } from './demo-data';
import { DEMO_FELLOWS, type TSpeaker } from './demo/people';
import { seedDiscussion } from './demo/seed-discussion';

export type TSeedResult = { essaySlug: string; created: boolean; discussionCreated: boolean };

export async function seedDemo(db: TDb): Promise<TSeedResult> {
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  return db.$transaction(
    async (tx) => {
      // Two launchers seeding one database at once take turns; the second finds everything there.
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('counterpoint-demo-seed'))`;
      const cohort = await tx.cohort.upsert({
        where: { slug: DEMO_COHORT.slug },
        // Pseudonyms can be turned on, never off: an older demo cohort gains them here.
        update: { allowPseudonyms: true },
        create: { ...DEMO_COHORT, allowPseudonyms: true },
        select: { id: true },
      });
      const people = await upsertPeople(tx, cohort.id, passwordHash);
      const existing = await tx.essay.findUnique({ where: { slug: DEMO_ESSAY.slug }, select: { id: true, slug: true } });
      const essay =
        existing ??
        (await importEssayInTransaction(tx, parseEssay(readFileSync(DEMO_ESSAY.file, 'utf8')), {
          slug: DEMO_ESSAY.slug,
          title: DEMO_ESSAY.title,
          cohortSlug: DEMO_COHORT.slug,
          sourceName: DEMO_ESSAY.sourceName,
          sourceUrl: DEMO_ESSAY.sourceUrl,
          authorUserId: people.author,
        }));
      // The discussion is there once any fellow has written on the essay (a demo from before the
      // discussion existed gains it on its next start).
      const fellowIds = Object.keys(DEMO_FELLOWS).map((key) => people[key as TSpeaker]);
      const hasDiscussion = (await tx.annotation.count({ where: { essayId: essay.id, authorId: { in: fellowIds } } })) > 0;
      if (!hasDiscussion) {
        await seedDiscussion(tx, { essayId: essay.id, essaySlug: essay.slug, cohortId: cohort.id, people, now: new Date() });
      }
      // The second essay, in Markdown: its lists, quotation, links and footnotes are its layout.
      if (!(await tx.essay.findUnique({ where: { slug: DEMO_MARKDOWN_ESSAY.slug }, select: { id: true } }))) {
        await importEssayInTransaction(tx, parseEssay(readFileSync(DEMO_MARKDOWN_ESSAY.file, 'utf8'), { format: 'markdown' }), {
          slug: DEMO_MARKDOWN_ESSAY.slug,
          title: DEMO_MARKDOWN_ESSAY.title,
          cohortSlug: DEMO_COHORT.slug,
        });
      }
      return { essaySlug: essay.slug, created: existing === null, discussionCreated: !hasDiscussion };
    },
    { timeout: 120_000, maxWait: 20_000 },
  );
}

/** The demo accounts and fellows, each a member of the cohort in their role: three statements. */
async function upsertPeople(tx: TTx, cohortId: string, passwordHash: string): Promise<Record<TSpeaker, string>> {
  const accounts = [
    ...Object.entries(DEMO_USERS).map(([key, u]) => ({ key, email: u.email, name: u.name, role: u.role, pseudonym: null })),
    ...Object.entries(DEMO_FELLOWS).map(([key, u]) => ({
      key,
      email: u.email,
      name: u.name,
      role: 'MEMBER' as const,
      pseudonym: u.pseudonym ?? null,
    })),
  ];
  await tx.user.createMany({
    data: accounts.map(({ email, name }) => ({ email, name, passwordHash })),
    skipDuplicates: true,
  });
  const users = await tx.user.findMany({ where: { email: { in: accounts.map((a) => a.email) } }, select: { id: true, email: true } });
  const idOf = new Map(users.map((u) => [u.email, u.id]));
  await tx.membership.createMany({
    data: accounts.flatMap(({ email, role, pseudonym }) => (role ? [{ cohortId, userId: idOf.get(email)!, role, pseudonym }] : [])),
    skipDuplicates: true,
  });
  return Object.fromEntries(accounts.map((a) => [a.key, idOf.get(a.email)!])) as Record<TSpeaker, string>;
}

// `npm run db:seed` runs this file directly.
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { db } = await import('@/lib/server/db/client');
  const startedAt = performance.now();
  const result = await seedDemo(db);
  const took = `${Math.round(performance.now() - startedAt)} ms`;
  console.log(result.created ? `Seeded the demo essay at /essays/${result.essaySlug} (${took})` : `Demo data already present (${took}).`);
  await db.$disconnect();
}
