import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/server/db/client';
import { listApiClaims } from '@/lib/server/api-v1/essay-resources';
import { explainNode, getDebateForViewer } from '@/lib/server/queries/argument/get-debate-for-viewer';
import { getEssayForViewer } from '@/lib/server/queries/essay/get-essay-for-viewer';
import { getClaimRatingsForViewer } from '@/lib/server/queries/rating/get-claim-ratings-for-viewer';
import { rateClaim } from '@/lib/server/services/rating/rate-claim';
import { retractRating } from '@/lib/server/services/rating/retract-rating';
import { makeCohort, makeEssay, makeUser } from '@/prisma/factories';

// Issue 9, "Blind ratings leak": three others rate a claim "strongly disagree" (1). Until a
// viewer rates that axis of that claim, no figure computed from those ratings reaches them.
let reader: string;
let moderator: string;
let slug: string;
let claimId: string;

beforeAll(async () => {
  const raters = await Promise.all([1, 2, 3].map((i) => makeUser(db, `Rater ${i}`)));
  reader = (await makeUser(db, 'Reader')).id;
  moderator = (await makeUser(db, 'Moderator')).id;
  const cohort = await makeCohort(db, [
    ...raters.map((r) => ({ userId: r.id, role: 'MEMBER' as const })),
    { userId: reader, role: 'MEMBER' },
    { userId: moderator, role: 'MODERATOR' },
  ]);
  const essay = await makeEssay(db, { cohortSlug: cohort.slug });
  slug = essay.slug;
  claimId = (
    await db.claimVersion.findFirstOrThrow({
      where: { text: 'Alliances deter war.', claim: { essayId: essay.id } },
      select: { claimId: true },
    })
  ).claimId;
  for (const rater of raters) await rateClaim(rater.id, claimId, 'AGREEMENT', { value: 1 });
});

async function everyPathFor(viewerId: string) {
  const debate = await getDebateForViewer(viewerId, slug);
  const essay = await getEssayForViewer(viewerId, slug);
  const api = await listApiClaims(viewerId, slug);
  const ratings = await getClaimRatingsForViewer(viewerId, claimId);
  return {
    claim: debate.claims.find((c) => c.id === claimId)!,
    why: explainNode(debate, claimId),
    badge: essay.sections.flatMap((s) => s.claims).find((c) => c.id === claimId)!.counts.ratings,
    api: api.claims.find((c) => c.id === claimId)!.counts.ratings,
    agreement: ratings.find((r) => r.dimension === 'AGREEMENT')!.summary,
  };
}

describe('blind ratings', () => {
  it.each([
    ['a member who has not rated', () => reader],
    ['a moderator who has not rated (staff read ratings only through the CSV)', () => moderator],
  ])('withhold strength, base, counts, "why this score" and the distribution from %s', async (_who, viewer) => {
    const seen = await everyPathFor(viewer());
    expect(seen.claim).toMatchObject({ strength: null, base: null, ratingCount: null });
    expect(seen.why).toBeNull();
    expect(seen.badge).toBeNull();
    expect(seen.api).toBeNull();
    expect(seen.agreement).toBeNull();
  });

  it('keep agreement figures withheld after rating only the evidence axis', async () => {
    await rateClaim(reader, claimId, 'EVIDENCE', { value: 3 });
    const seen = await everyPathFor(reader);
    expect(seen.claim.strength).toBeNull();
    expect(seen.api).toBeNull();
    expect(seen.agreement).toBeNull();
  });

  it('show them once the viewer has rated agreement', async () => {
    await rateClaim(reader, claimId, 'AGREEMENT', { value: 5 });
    const seen = await everyPathFor(reader);
    expect(seen.claim.ratingCount).toBe(4);
    expect(seen.badge).toBe(4);
    expect(seen.api).toBe(4);
    expect(seen.agreement?.count).toBe(4);
    expect(seen.claim.strength).toEqual(expect.any(Number));
    expect(seen.why?.base).toBe(seen.claim.base);
  });

  it('stay visible after the viewer retracts: what was seen is not made blind again', async () => {
    await retractRating(reader, claimId, 'AGREEMENT');
    const seen = await everyPathFor(reader);
    expect(seen.claim.ratingCount).toBe(3);
    expect(seen.api).toBe(3);
    expect(seen.agreement?.count).toBe(3);
    expect(seen.agreement?.histogram).toEqual([3, 0, 0, 0, 0]);
  });
});
