import 'server-only';
import { ZSetPseudonym } from '@/lib/schemas/cohort';
import { getCohortAccess } from '@/lib/server/access/cohort-access';
import { db } from '@/lib/server/db/client';
import { AppError } from '@/lib/server/errors';
import { Prisma } from '@/lib/generated/prisma/client';
import { parseInput } from '@/lib/server/validation';

/**
 * Sets (or clears, with null) the viewer's own pseudonym in a cohort that allows them. Unique per
 * cohort (case-insensitively, so "Owl" and "owl" are not two people): a clash is a 409 that says so.
 */
export async function setPseudonym(viewerId: string, cohortId: string, input: unknown): Promise<{ pseudonym: string | null }> {
  const { pseudonym } = parseInput(ZSetPseudonym, input);
  try {
    return await db.$transaction(async (tx) => {
      // Any member may name themselves, suspended ones too: it changes nothing they can do.
      await getCohortAccess(tx, viewerId, cohortId);
      const cohort = await tx.cohort.findUniqueOrThrow({ where: { id: cohortId }, select: { allowPseudonyms: true } });
      if (pseudonym !== null && !cohort.allowPseudonyms)
        throw new AppError('BAD_REQUEST', 'This cohort does not use pseudonyms: its owner can turn them on.');
      if (pseudonym !== null) {
        const taken = await tx.membership.findFirst({
          where: { cohortId, userId: { not: viewerId }, pseudonym: { equals: pseudonym, mode: 'insensitive' } },
          select: { id: true },
        });
        if (taken) throw new AppError('CONFLICT', `Someone in this cohort already goes by “${pseudonym}”. Pick another pseudonym.`);
      }
      return tx.membership.update({
        where: { cohortId_userId: { cohortId, userId: viewerId } },
        data: { pseudonym },
        select: { pseudonym: true },
      });
    });
  } catch (error) {
    // Two members claiming the same pseudonym at once: the unique index decides, with the same message.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002') {
      throw new AppError('CONFLICT', `Someone in this cohort already goes by “${pseudonym}”. Pick another pseudonym.`);
    }
    throw error;
  }
}
