import { describe, expect, it } from 'vitest';
import { describeRange } from '@/lib/domain/anchoring';
import { db } from '@/lib/server/db/client';
import { getFacilitatorView } from '@/lib/server/queries/facilitator/get-facilitator-view';
import { createAnnotation } from '@/lib/server/services/annotation/create-annotation';
import { rateClaim } from '@/lib/server/services/rating/rate-claim';
import { makeCohort, makeEssay, makeUser } from '@/prisma/factories';

describe('the facilitator view', () => {
  it('shows uncritiqued claims, participation and unannotated sections to moderators only', async () => {
    const moderator = await makeUser(db, 'Mod');
    const member = await makeUser(db, 'Mem');
    const cohort = await makeCohort(db, [
      { userId: moderator.id, role: 'MODERATOR' },
      { userId: member.id, role: 'MEMBER' },
    ]);
    const essay = await makeEssay(db, { cohortSlug: cohort.slug });
    const revision = await db.essayRevision.findFirstOrThrow({ where: { essayId: essay.id }, select: { id: true, text: true } });
    const claims = await db.claimVersion.findMany({
      where: { revisionId: revision.id },
      orderBy: { order: 'asc' },
      select: { claimId: true, start: true, end: true },
    });
    await createAnnotation(member.id, essay.slug, {
      revisionId: revision.id,
      motivation: 'QUESTIONING',
      body: 'Really?',
      selectors: describeRange(revision.text, claims[0]!.start, claims[0]!.end),
    });
    await rateClaim(member.id, claims[1]!.claimId, 'AGREEMENT', { value: 2 });

    const view = await getFacilitatorView(moderator.id, essay.slug);
    expect(view.uncritiquedClaims.map((c) => c.id)).toEqual(claims.slice(1).map((c) => c.claimId));
    expect(view.participation.find((p) => p.userId === member.id)).toMatchObject({ annotations: 1, ratings: 1, arguments: 0 });
    expect(view.unannotatedSections.map((s) => s.title)).toEqual(['A Heading']);
    await expect(getFacilitatorView(member.id, essay.slug)).rejects.toMatchObject({ status: 404 });
  });
});
