import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/server/db/client';
import { getClaimRatingsForViewer } from '@/lib/server/queries/rating/get-claim-ratings-for-viewer';
import { rateClaim } from '@/lib/server/services/rating/rate-claim';
import { retractRating } from '@/lib/server/services/rating/retract-rating';
import { makeCohort, makeEssay, makeUser } from '@/prisma/factories';

let claimId: string;
let otherCohortClaimId: string;
let userIds: string[];

beforeAll(async () => {
  const users = await Promise.all(Array.from({ length: 100 }, (_, i) => makeUser(db, `Rater ${i}`)));
  userIds = users.map((u) => u.id);
  const cohort = await makeCohort(
    db,
    userIds.map((userId) => ({ userId, role: 'MEMBER' as const })),
  );
  const essay = await makeEssay(db, { cohortSlug: cohort.slug });
  claimId = (await db.claim.findFirstOrThrow({ where: { essayId: essay.id }, select: { id: true } })).id;
  const other = await makeEssay(db, { cohortSlug: (await makeCohort(db)).slug });
  otherCohortClaimId = (await db.claim.findFirstOrThrow({ where: { essayId: other.id }, select: { id: true } })).id;
});

describe('ratings', () => {
  it('takes 500 concurrent upserts by 100 users with exact counts and no errors', async () => {
    // Each user rates agreement 5 times in a burst (changing their mind); the last write wins.
    const writes = userIds.flatMap((userId, u) => [1, 2, 3, 4, 5].map((step) => ({ userId, value: ((u + step) % 5) + 1 })));
    const results = await Promise.allSettled(writes.map((w) => rateClaim(w.userId, claimId, 'AGREEMENT', { value: w.value })));
    expect(results.filter((r) => r.status === 'rejected')).toEqual([]);
    expect(await db.rating.count({ where: { claimId, dimension: 'AGREEMENT' } })).toBe(100);
    const view = await getClaimRatingsForViewer(userIds[0]!, claimId);
    expect(view[0]!.summary!.count).toBe(100);
    expect(view[0]!.summary!.histogram.reduce((a, b) => a + b, 0)).toBe(100);
  });

  it('hides the distribution of an axis until the viewer has rated it', async () => {
    const newcomer = await makeUser(db, 'Newcomer');
    await db.membership.create({
      data: {
        userId: newcomer.id,
        cohortId: (await db.claim.findUniqueOrThrow({ where: { id: claimId }, select: { essay: { select: { cohortId: true } } } })).essay
          .cohortId!,
        role: 'MEMBER',
      },
    });
    const before = await getClaimRatingsForViewer(newcomer.id, claimId);
    expect(before).toEqual([
      { dimension: 'AGREEMENT', mine: null, summary: null },
      { dimension: 'EVIDENCE', mine: null, summary: null },
    ]);
    await rateClaim(newcomer.id, claimId, 'AGREEMENT', { value: 4 });
    const after = await getClaimRatingsForViewer(newcomer.id, claimId);
    expect(after[0]).toMatchObject({ mine: 4, summary: { count: 101 } });
    expect(after[1]).toEqual({ dimension: 'EVIDENCE', mine: null, summary: null });
    // Retracting takes the rating back, not the sight of the others' (ADR 0003).
    await retractRating(newcomer.id, claimId, 'AGREEMENT');
    expect((await getClaimRatingsForViewer(newcomer.id, claimId))[0]).toMatchObject({
      dimension: 'AGREEMENT',
      mine: null,
      summary: { count: 100 },
    });
  });

  it.each([
    ['a value out of range', () => rateClaim(userIds[0]!, claimId, 'AGREEMENT', { value: 6 }), 400, /1 to 5/],
    ['a fractional value', () => rateClaim(userIds[0]!, claimId, 'EVIDENCE', { value: 2.5 }), 400, /whole number/],
    ['an unknown axis', () => rateClaim(userIds[0]!, claimId, 'CHARM', { value: 3 }), 400, /AGREEMENT or EVIDENCE/],
    ['a claim of another cohort', () => rateClaim(userIds[0]!, otherCohortClaimId, 'AGREEMENT', { value: 3 }), 404, /cohort/],
  ])('rejects %s and writes nothing', async (_what, attempt, status, message) => {
    const before = await db.rating.count();
    await expect(attempt()).rejects.toMatchObject({ status, message: expect.stringMatching(message) });
    expect(await db.rating.count()).toBe(before);
  });
});
