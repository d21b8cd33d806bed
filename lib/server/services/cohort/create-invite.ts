import 'server-only';
import { randomBytes } from 'node:crypto';
import { can, inviteActionFor } from '@/lib/domain/access/permissions';
import { ZCreateInvite } from '@/lib/schemas/cohort';
import { assertCohortCan, getCohortAccess } from '@/lib/server/access/cohort-access';
import { db } from '@/lib/server/db/client';
import { AppError } from '@/lib/server/errors';
import { parseInput } from '@/lib/server/validation';

/**
 * An invite link/code with an expiry and an optional use limit. Only owners invite to staff roles,
 * authors included; an author invite may name the cohort's essay its joiner becomes the author of.
 */
export async function createInvite(viewerId: string, cohortId: string, input: unknown): Promise<{ code: string; expiresAt: Date }> {
  const data = parseInput(ZCreateInvite, input);
  const access = await getCohortAccess(db, viewerId, cohortId);
  assertCohortCan(access, 'cohort.invite');
  if (!can(access.standing, inviteActionFor(data.role), { isPrivate: true })) {
    throw new AppError('FORBIDDEN', 'Only an owner can invite someone as owner, moderator or author.');
  }
  if (data.essayId !== undefined) {
    // Drafts included: an owner may invite the author before publishing.
    const essay = await db.essay.findFirst({ where: { id: data.essayId, cohortId }, select: { id: true } });
    if (!essay) throw new AppError('NOT_FOUND', 'No such essay in this cohort.');
  }
  const code = randomBytes(12).toString('base64url');
  const expiresAt = new Date(Date.now() + data.expiresInDays * 24 * 3600 * 1000);
  await db.cohortInvite.create({
    data: {
      cohortId,
      code,
      role: data.role,
      createdById: viewerId,
      expiresAt,
      // An essay has one author: its invite is good for one account.
      maxUses: data.essayId !== undefined ? 1 : (data.maxUses ?? null),
      essayId: data.essayId ?? null,
    },
  });
  return { code, expiresAt };
}
