import 'server-only';
import { randomUUID } from 'node:crypto';
import { ZImpactVote } from '@/lib/schemas/argument';
import { getArgumentAccess } from '@/lib/server/access/argument-access';
import { assertCan } from '@/lib/server/access/essay-access';
import { db } from '@/lib/server/db/client';
import { AppError } from '@/lib/server/errors';
import { parseInput } from '@/lib/server/validation';

/** Sets the viewer's impact vote (0–4) and relevance judgment on an argument; a change replaces it. */
export async function voteImpact(viewerId: string, argumentId: string, input: unknown): Promise<void> {
  const vote = parseInput(ZImpactVote, input);
  const access = await getArgumentAccess(db, viewerId, argumentId);
  assertCan(access.essay, 'rating.create');
  if (access.argument.deletedAt) throw new AppError('CONFLICT', 'That argument was deleted.');
  await db.$executeRaw`
    INSERT INTO "ImpactVote" (id, "userId", "argumentId", impact, "isRelevant", "createdAt", "updatedAt")
    VALUES (${randomUUID()}, ${viewerId}, ${argumentId}, ${vote.impact}, ${vote.isRelevant ?? null}, now(), now())
    ON CONFLICT ("userId", "argumentId") DO UPDATE SET impact = EXCLUDED.impact, "isRelevant" = EXCLUDED."isRelevant", "updatedAt" = now()`;
}
