// Idempotent demo seed: demo accounts, the demo cohort with their roles, and the demo essay.
// Run by `npm start` and the test runner after migrations; safe to run any number of times.
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { parseEssay } from '@/lib/domain/essay';
import { hashPassword } from '@/lib/server/auth/password';
import type { TDb } from '@/lib/server/db/client';
import { importEssay } from '@/lib/server/services/essay/import-essay';
import { DEMO_COHORT, DEMO_ESSAY, DEMO_PASSWORD, DEMO_USERS } from './demo-data';

export async function seedDemo(db: TDb): Promise<{ essaySlug: string; created: boolean }> {
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const cohort = await db.cohort.upsert({
    where: { slug: DEMO_COHORT.slug },
    update: {},
    create: DEMO_COHORT,
    select: { id: true },
  });
  const userIds: Partial<Record<keyof typeof DEMO_USERS, string>> = {};
  for (const [key, demo] of Object.entries(DEMO_USERS) as [keyof typeof DEMO_USERS, (typeof DEMO_USERS)[keyof typeof DEMO_USERS]][]) {
    const user = await db.user.upsert({
      where: { email: demo.email },
      update: {},
      create: { email: demo.email, name: demo.name, passwordHash },
      select: { id: true },
    });
    userIds[key] = user.id;
    if (demo.role) {
      await db.membership.upsert({
        where: { cohortId_userId: { cohortId: cohort.id, userId: user.id } },
        update: {},
        create: { cohortId: cohort.id, userId: user.id, role: demo.role },
      });
    }
  }
  const existing = await db.essay.findUnique({ where: { slug: DEMO_ESSAY.slug }, select: { slug: true } });
  if (existing) return { essaySlug: existing.slug, created: false };
  const parsed = parseEssay(readFileSync(DEMO_ESSAY.file, 'utf8'));
  const essay = await importEssay(db, parsed, {
    slug: DEMO_ESSAY.slug,
    title: DEMO_ESSAY.title,
    cohortSlug: DEMO_COHORT.slug,
    sourceName: DEMO_ESSAY.sourceName,
    sourceUrl: DEMO_ESSAY.sourceUrl,
    ...(userIds.author ? { authorUserId: userIds.author } : {}),
  });
  return { essaySlug: essay.slug, created: true };
}

// `npm run db:seed` runs this file directly.
if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { db } = await import('@/lib/server/db/client');
  const result = await seedDemo(db);
  console.log(result.created ? `Seeded the demo essay at /essays/${result.essaySlug}` : 'Demo data already present.');
  await db.$disconnect();
}
