// Plants a cohort of its own with an owner and a draft (so the demo cohort's members stay as other
// specs expect) and prints the owner's email, the cohort id and the draft's slug as JSON.
import { parseEssay } from '@/lib/domain/essay';
import { hashPassword } from '@/lib/server/auth/password';
import { db } from '@/lib/server/db/client';
import { importEssay } from '@/lib/server/services/essay/import-essay';
import { makeCohort } from '@/prisma/factories';

const password = process.argv[2] ?? 'author-invite-password';
const stamp = `${Date.now().toString(36)}${Math.floor(Math.random() * 1e6).toString(36)}`;
const email = `author-invite-owner-${stamp}@example.test`;
const owner = await db.user.create({
  data: { email, name: 'Olive Owner', passwordHash: await hashPassword(password) },
  select: { id: true },
});
const cohort = await makeCohort(db, [{ userId: owner.id, role: 'OWNER' }]);
const text = 'Nia Draftwright\nAlliances deter war. They also provoke rivals.\nA Heading:\nPeace needs trust. Trust is slow to build.';
const title = `An essay awaiting its author ${stamp}`;
const draft = await importEssay(db, parseEssay(text), {
  title,
  cohortId: cohort.id,
  draftBy: owner.id,
});
const other = await importEssay(db, parseEssay(text), { title: `Another essay ${stamp}`, cohortId: cohort.id });
console.log(JSON.stringify({ ownerEmail: email, cohortId: cohort.id, slug: draft.slug, title, otherSlug: other.slug }));
await db.$disconnect();
