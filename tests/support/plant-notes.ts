// Plants notes straight into the table, placed exactly where a test says, so that expectations can
// be worked out by hand from the offsets (the services would anchor them from selectors instead).
import type { Prisma } from '@/lib/generated/prisma/client';
import { db } from '@/lib/server/db/client';
import { makeCohort, makeEssay, makeUser } from '@/prisma/factories';

/** An essay with a long enough text for any offsets below 2,000. */
export async function makeLongEssay(options: { cohortSlug?: string } = {}) {
  const sentence = 'Alliances deter war and they also provoke their rivals into arming. ';
  const text = `Jane Writer\n${sentence.repeat(40)}\nA Heading:\n${sentence.repeat(10)}`;
  const essay = await makeEssay(db, { ...options, text });
  const { currentRevisionId } = await db.essay.findUniqueOrThrow({ where: { id: essay.id }, select: { currentRevisionId: true } });
  return { id: essay.id, slug: essay.slug, revisionId: currentRevisionId! };
}

export type TPlant = Partial<Prisma.AnnotationUncheckedCreateInput> & { authorId: string };

export function plantNote(essay: { id: string; revisionId: string }, note: TPlant) {
  return db.annotation.create({
    data: { essayId: essay.id, revisionId: essay.revisionId, motivation: 'COMMENTING', body: 'A note.', ...note },
    select: { id: true, createdAt: true },
  });
}

/** Two members (Alice, Bob) and a moderator in a fresh cohort: the cast of the scan-cache tests. */
export async function makeCohortOfThree() {
  const alice = (await makeUser(db, 'Alice')).id;
  const bob = (await makeUser(db, 'Bob')).id;
  const mod = (await makeUser(db, 'Mod')).id;
  const cohort = await makeCohort(db, [
    { userId: alice, role: 'MEMBER' },
    { userId: bob, role: 'MEMBER' },
    { userId: mod, role: 'MODERATOR' },
  ]);
  return { alice, bob, mod, cohort };
}
