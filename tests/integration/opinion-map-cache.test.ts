// The opinion map cache: a rating write marks the stored result stale (trigger), a recompute
// stores a fresh one, and two computations of one essay never run at once.
import { describe, expect, it } from 'vitest';
import { db } from '@/lib/server/db/client';
import { isOpinionMapStale } from '@/lib/server/opinion/opinion-map-staleness';
import { recomputeOpinionMap } from '@/lib/server/opinion/recompute-opinion-map';
import { rateClaim } from '@/lib/server/services/rating/rate-claim';
import { makeCohort, makeEssay, makeUser } from '@/prisma/factories';

describe('opinion map cache', () => {
  it('is stale until computed, fresh after, and stale again after an agreement rating (not evidence)', async () => {
    const user = await makeUser(db);
    const cohort = await makeCohort(db, [{ userId: user.id, role: 'MEMBER' }]);
    const essay = await makeEssay(db, { cohortSlug: cohort.slug });
    const essayRow = await db.essay.findUniqueOrThrow({
      where: { slug: essay.slug },
      select: { id: true, claims: { select: { id: true } } },
    });
    expect(await isOpinionMapStale(db, essayRow.id)).toBe(true);
    expect(await recomputeOpinionMap(essayRow.id)).toBe('computed');
    expect(await isOpinionMapStale(db, essayRow.id)).toBe(false);
    await rateClaim(user.id, essayRow.claims[0]!.id, 'EVIDENCE', { value: 4 });
    expect(await isOpinionMapStale(db, essayRow.id)).toBe(false);
    await rateClaim(user.id, essayRow.claims[0]!.id, 'AGREEMENT', { value: 4 });
    expect(await isOpinionMapStale(db, essayRow.id)).toBe(true);
    expect(await recomputeOpinionMap(essayRow.id)).toBe('computed');
    const stored = await db.opinionMap.findUniqueOrThrow({ where: { essayId: essayRow.id } });
    expect(stored.computedVersion).toBe(stored.ratingsVersion);
    expect((stored.result as { raterCount: number }).raterCount).toBe(1);
  });
});
