import { describe, expect, it } from 'vitest';
import { describeRange } from '@/lib/domain/anchoring';
import { db } from '@/lib/server/db/client';
import { getFacilitatorView } from '@/lib/server/queries/facilitator/get-facilitator-view';
import { createAnnotation } from '@/lib/server/services/annotation/create-annotation';
import { rateClaim } from '@/lib/server/services/rating/rate-claim';
import { makeCohort, makeEssay, makeUser } from '@/prisma/factories';

/** A cohort with a moderator and a member, and an essay in it with its current revision. */
async function cohortEssay() {
  const moderator = await makeUser(db, 'Mod');
  const member = await makeUser(db, 'Mem');
  const cohort = await makeCohort(db, [
    { userId: moderator.id, role: 'MODERATOR' },
    { userId: member.id, role: 'MEMBER' },
  ]);
  const essay = await makeEssay(db, { cohortSlug: cohort.slug });
  const revision = await db.essayRevision.findFirstOrThrow({ where: { essayId: essay.id }, select: { id: true, text: true } });
  return { moderator, member, essay, revision };
}

describe('the facilitator view', () => {
  it('shows uncritiqued claims, participation and unannotated sections to moderators only', async () => {
    const { moderator, member, essay, revision } = await cohortEssay();
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

  it('counts every critique left waiting and lists the 50 that have waited longest, oldest first', async () => {
    const { moderator, member, essay, revision } = await cohortEssay();
    const claim = await db.claimVersion.findFirstOrThrow({ where: { revisionId: revision.id }, select: { claimId: true } });
    const daysAgo = (days: number) => new Date(Date.now() - days * 24 * 3600 * 1000);
    // 40 questions and 20 arguments against, waiting 10 to 69 days (questions 10-49, arguments
    // 50-69), and one question from today, too new to count.
    await db.annotation.createMany({
      data: [...Array.from({ length: 40 }, (_, i) => 10 + i), 0].map((days) => ({
        essayId: essay.id,
        revisionId: revision.id,
        authorId: member.id,
        motivation: 'QUESTIONING' as const,
        body: `Question from ${days} days ago`,
        createdAt: daysAgo(days),
      })),
    });
    await db.argument.createMany({
      data: Array.from({ length: 20 }, (_, i) => 50 + i).map((days) => ({
        essayId: essay.id,
        authorId: member.id,
        text: `Rebuttal from ${days} days ago`,
        stance: 'ATTACK' as const,
        targetClaimId: claim.claimId,
        createdAt: daysAgo(days),
      })),
    });

    const view = await getFacilitatorView(moderator.id, essay.slug);
    expect(view.unansweredCritiqueCount).toBe(60);
    expect(view.unansweredCritiques).toHaveLength(50);
    // The 20 arguments (69 down to 50 days), then the 30 oldest questions (49 down to 20 days).
    expect(view.unansweredCritiques.map((c) => c.text)).toEqual([
      ...Array.from({ length: 20 }, (_, i) => `Rebuttal from ${69 - i} days ago`),
      ...Array.from({ length: 30 }, (_, i) => `Question from ${49 - i} days ago`),
    ]);
  });
});
