import { describe, expect, it } from 'vitest';
import { db } from '@/lib/server/db/client';
import { seedDemo } from '@/prisma/seed';
import { DEMO_ESSAY, DEMO_USERS } from '@/prisma/demo-data';

async function counts() {
  const [users, memberships, essays, revisions, claims, claimVersions] = await Promise.all([
    db.user.count({ where: { email: { in: Object.values(DEMO_USERS).map((u) => u.email) } } }),
    db.membership.count(),
    db.essay.count({ where: { slug: DEMO_ESSAY.slug } }),
    db.essayRevision.count(),
    db.claim.count(),
    db.claimVersion.count(),
  ]);
  return { users, memberships, essays, revisions, claims, claimVersions };
}

describe('demo seed', () => {
  it('can run again without duplicating anything', async () => {
    // `npm test` seeded once already; run it twice more.
    const before = await counts();
    const again = await seedDemo(db);
    await seedDemo(db);
    expect(again.created).toBe(false);
    expect(await counts()).toEqual(before);
    expect(before.users).toBe(Object.keys(DEMO_USERS).length);
    expect(before.essays).toBe(1);
  });

  it('links the demo essay to its author account and cohort', async () => {
    const essay = await db.essay.findUniqueOrThrow({
      where: { slug: DEMO_ESSAY.slug },
      select: { authorName: true, sourceName: true, authorUser: { select: { email: true } }, cohort: { select: { slug: true } } },
    });
    expect(essay.authorName).toBe('Tashvi Chawla');
    expect(essay.sourceName).toBe('IMPRI');
    expect(essay.authorUser?.email).toBe(DEMO_USERS.author.email);
    expect(essay.cohort).not.toBeNull();
  });
});
