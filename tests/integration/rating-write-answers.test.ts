import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/server/db/client';
import { rateClaim } from '@/lib/server/services/rating/rate-claim';
import { retractRating } from '@/lib/server/services/rating/retract-rating';
import { makeCohort, makeEssay, makeUser } from '@/prisma/factories';

// What a rating write answers: the one axis it changed, as the writer now sees it. Three others
// rated agreement 1 and evidence 2 before anyone here; blind-rating rules hold on the answers too.
let claimId: string;
let reader: string;
let neverRated: string;
let outsider: string;

beforeAll(async () => {
  const raters = await Promise.all([1, 2, 3].map((i) => makeUser(db, `Rater ${i}`)));
  reader = (await makeUser(db, 'Reader')).id;
  neverRated = (await makeUser(db, 'Never rated')).id;
  outsider = (await makeUser(db, 'Outsider')).id;
  const cohort = await makeCohort(db, [
    ...raters.map((r) => ({ userId: r.id, role: 'MEMBER' as const })),
    { userId: reader, role: 'MEMBER' },
    { userId: neverRated, role: 'MEMBER' },
  ]);
  const essay = await makeEssay(db, { cohortSlug: cohort.slug });
  claimId = (await db.claim.findFirstOrThrow({ where: { essayId: essay.id }, select: { id: true } })).id;
  for (const rater of raters) {
    await rateClaim(rater.id, claimId, 'AGREEMENT', { value: 1 });
    await rateClaim(rater.id, claimId, 'EVIDENCE', { value: 2 });
  }
});

describe('the answer to a rating write', () => {
  it('is the rated axis with everyone’s ratings, the new one included', async () => {
    const answer = await rateClaim(reader, claimId, 'AGREEMENT', { value: 5 });
    expect(answer).toMatchObject({ dimension: 'AGREEMENT', mine: 5, summary: { count: 4, histogram: [3, 0, 0, 0, 1] } });
  });

  it('counts a changed rating once, at its new value', async () => {
    const answer = await rateClaim(reader, claimId, 'AGREEMENT', { value: 4 });
    expect(answer).toMatchObject({ mine: 4, summary: { count: 4, histogram: [3, 0, 0, 1, 0] } });
    expect(await db.rating.count({ where: { claimId, dimension: 'AGREEMENT' } })).toBe(4);
  });

  it('after a retraction, is the others’ ratings with none of the viewer’s (what was seen stays seen)', async () => {
    const answer = await retractRating(reader, claimId, 'AGREEMENT');
    expect(answer).toEqual({
      dimension: 'AGREEMENT',
      mine: null,
      summary: expect.objectContaining({ count: 3, histogram: [3, 0, 0, 0, 0] }),
    });
  });

  it('never carries the distribution to someone who has not rated the axis', async () => {
    expect(await retractRating(neverRated, claimId, 'EVIDENCE')).toEqual({ dimension: 'EVIDENCE', mine: null, summary: null });
    expect(await retractRating(reader, claimId, 'EVIDENCE')).toEqual({ dimension: 'EVIDENCE', mine: null, summary: null });
  });

  it('is a 404 for someone outside the cohort, and nothing is written', async () => {
    await expect(rateClaim(outsider, claimId, 'AGREEMENT', { value: 3 })).rejects.toMatchObject({ status: 404 });
    await expect(retractRating(outsider, claimId, 'AGREEMENT')).rejects.toMatchObject({ status: 404 });
    expect(await db.rating.count({ where: { userId: outsider } })).toBe(0);
    expect(await db.ratingReveal.count({ where: { userId: outsider } })).toBe(0);
  });
});
