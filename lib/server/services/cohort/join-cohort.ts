import 'server-only';
import { ZJoinCohort } from '@/lib/schemas/cohort';
import { admitToCohort } from '@/lib/server/access/cohort-sanction';
import { db } from '@/lib/server/db/client';
import { AppError } from '@/lib/server/errors';
import { parseInput } from '@/lib/server/validation';

/**
 * Joins a cohort with an invite code. The use is counted with a conditional UPDATE, so two people
 * racing for the last use of a limited invite cannot both get in. Someone removed stays out, and
 * someone suspended comes back suspended (lib/server/access/cohort-sanction.ts). An author invite
 * also links the account as its essay's author (`authorOf`).
 */
export async function joinCohort(
  viewerId: string,
  input: unknown,
): Promise<{ cohortId: string; slug: string; authorOf: { slug: string; isPublished: boolean } | null }> {
  const data = parseInput(ZJoinCohort, input);
  return db.$transaction(async (tx) => {
    const invite = await tx.cohortInvite.findUnique({
      where: { code: data.code },
      select: {
        id: true,
        cohortId: true,
        role: true,
        expiresAt: true,
        revokedAt: true,
        maxUses: true,
        uses: true,
        cohort: { select: { slug: true, allowPseudonyms: true } },
        essay: { select: { id: true, slug: true, status: true, authorUserId: true } },
      },
    });
    if (!invite) throw new AppError('NOT_FOUND', 'This invite does not exist. Ask for a new link.');
    if (invite.revokedAt) throw new AppError('BAD_REQUEST', 'This invite was revoked. Ask the cohort for a new link.');
    if (invite.expiresAt <= new Date()) throw new AppError('BAD_REQUEST', 'This invite has expired. Ask the cohort for a new link.');
    const existing = await tx.membership.findUnique({
      where: { cohortId_userId: { cohortId: invite.cohortId, userId: viewerId } },
      select: { id: true },
    });
    if (existing) throw new AppError('CONFLICT', 'You are already a member of this cohort.');
    if (data.pseudonym && !invite.cohort.allowPseudonyms) throw new AppError('BAD_REQUEST', 'This cohort does not allow pseudonyms.');
    if (data.pseudonym) {
      const taken = await tx.membership.findFirst({
        where: { cohortId: invite.cohortId, pseudonym: { equals: data.pseudonym, mode: 'insensitive' } },
        select: { id: true },
      });
      if (taken) throw new AppError('CONFLICT', `Someone in this cohort already goes by “${data.pseudonym}”. Pick another pseudonym.`);
    }
    // An essay has one linked author: an invite for an essay someone already claimed does nothing.
    if (invite.essay && invite.essay.authorUserId !== null)
      throw new AppError('CONFLICT', "This essay's author has already joined. Ask the cohort for a new link if that was not you.");
    // Before the use is counted: a refused join writes nothing.
    const { suspendedUntil } = await admitToCohort(tx, invite.cohortId, viewerId);
    const counted = await tx.$executeRaw`
      UPDATE "CohortInvite" SET uses = uses + 1
      WHERE id = ${invite.id} AND ("maxUses" IS NULL OR uses < "maxUses")`;
    if (counted === 0) throw new AppError('BAD_REQUEST', 'This invite has been used up. Ask the cohort for a new link.');
    await tx.membership.create({
      data: { cohortId: invite.cohortId, userId: viewerId, role: invite.role, pseudonym: data.pseudonym ?? null, suspendedUntil },
    });
    if (!invite.essay) return { cohortId: invite.cohortId, slug: invite.cohort.slug, authorOf: null };
    // The author desk and badge key off Essay.authorUserId. Conditional, so two joins racing for
    // one essay (two invites) cannot both link it: the loser's whole join is rolled back.
    const linked = await tx.essay.updateMany({
      where: { id: invite.essay.id, cohortId: invite.cohortId, authorUserId: null },
      data: { authorUserId: viewerId },
    });
    if (linked.count === 0)
      throw new AppError('CONFLICT', "This essay's author has already joined. Ask the cohort for a new link if that was not you.");
    return {
      cohortId: invite.cohortId,
      slug: invite.cohort.slug,
      authorOf: { slug: invite.essay.slug, isPublished: invite.essay.status === 'PUBLISHED' },
    };
  });
}
