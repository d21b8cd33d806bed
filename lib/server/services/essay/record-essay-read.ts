import 'server-only';
import { assertCan, getEssayAccess } from '@/lib/server/access/essay-access';
import { db } from '@/lib/server/db/client';

/**
 * Records that the viewer has opened an essay's reader, for the cohort home's "read by" count.
 * Idempotent: one row per person and essay (an upsert), so a reload or a second tab changes
 * nothing but the last-read time, and that at most once a minute. Public essays have no cohort
 * to count readers of, and a draft is staff checking an import, not the cohort reading it, so
 * nothing is written for either. A private or draft essay the viewer may
 * not read is a 404, as everywhere.
 */
export async function recordEssayRead(viewerId: string, slug: string): Promise<{ isRecorded: boolean }> {
  const access = await getEssayAccess(db, viewerId, { slug });
  assertCan(access, 'essay.read');
  if (access.cohortId === null || access.isDraft) return { isRecorded: false };
  await db.$executeRaw`
    INSERT INTO "EssayRead" ("essayId", "userId", "firstReadAt", "lastReadAt")
    VALUES (${access.essayId}, ${viewerId}, now(), now())
    ON CONFLICT ("essayId", "userId") DO UPDATE SET "lastReadAt" = now()
     WHERE "EssayRead"."lastReadAt" < now() - interval '1 minute'`;
  return { isRecorded: true };
}
