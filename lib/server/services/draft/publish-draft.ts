import 'server-only';
import { assertCan, getEssayAccess } from '@/lib/server/access/essay-access';
import { db } from '@/lib/server/db/client';
import { AppError } from '@/lib/server/errors';

/**
 * Publishes a draft: one statement flips its status and stamps publishedAt, compare-and-set on the
 * status, so of two staff publishing at once one succeeds and the other gets a 409 (the row lock
 * makes the second re-read the status the first wrote). Members can read it from then on.
 */
export async function publishDraft(viewerId: string, slug: string): Promise<{ slug: string; publishedAt: Date }> {
  const access = await getEssayAccess(db, viewerId, { slug });
  assertCan(access, 'essay.publish');
  const publishedAt = new Date();
  const { count } = await db.essay.updateMany({
    where: { id: access.essayId, status: 'DRAFT' },
    data: { status: 'PUBLISHED', publishedAt },
  });
  if (count === 0) throw new AppError('CONFLICT', 'Someone has just published this essay: it is already live for the cohort.');
  return { slug, publishedAt };
}
