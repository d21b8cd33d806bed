// Test and seed factories. Every user gets a random email and every cohort a random slug, so
// test files can share one database without resets (a habit borrowed from documenso).
import { randomBytes } from 'node:crypto';
import { parseEssay } from '@/lib/domain/essay';
import type { TCohortRole } from '@/lib/domain/access/permissions';
import type { TDb } from '@/lib/server/db/client';
import { importEssay } from '@/lib/server/services/essay/import-essay';

const tag = () => randomBytes(4).toString('hex');

export async function makeUser(db: TDb, name = 'Test Reader') {
  return db.user.create({ data: { email: `user-${tag()}@example.test`, name }, select: { id: true, email: true } });
}

export async function makeCohort(db: TDb, members: { userId: string; role: TCohortRole; suspendedUntil?: Date }[] = []) {
  const cohort = await db.cohort.create({ data: { slug: `cohort-${tag()}`, name: `Cohort ${tag()}` }, select: { id: true, slug: true } });
  if (members.length > 0) {
    await db.membership.createMany({
      data: members.map((m) => ({ cohortId: cohort.id, userId: m.userId, role: m.role, suspendedUntil: m.suspendedUntil ?? null })),
    });
  }
  return cohort;
}

export async function makeEssay(db: TDb, options: { cohortSlug?: string; text?: string } = {}) {
  const text = options.text ?? 'Jane Writer\nAlliances deter war. They also provoke rivals.\nA Heading:\nPeace needs trust.';
  return importEssay(db, parseEssay(text), {
    title: `Essay ${tag()}`,
    ...(options.cohortSlug ? { cohortSlug: options.cohortSlug } : {}),
  });
}
