import 'server-only';
import { ZReadingSettings } from '@/lib/schemas/reading-settings';
import { assertCan, getEssayAccess } from '@/lib/server/access/essay-access';
import { db } from '@/lib/server/db/client';
import { wakeEssay } from '@/lib/server/live/essay-hub';
import { ESSAY_SETTINGS_EVENT, essayEventStatements } from '@/lib/server/live/record-essay-event';
import { parseInput } from '@/lib/server/validation';
import type { TDiscussionSettings } from '@/lib/domain/reading/discussion-rules';

/**
 * Sets an essay's reading settings (staff: 'essay.settings'), all at once, in one
 * transaction with an 'essay.settings' event in its feed: open readers' streams tell them to
 * reload, so the status, the composer and what they see follow at once.
 *
 * Turning "post before you see" on counts everyone who has already shared a note on the essay
 * as having posted (ADR 0010): the rule asks for a note first, and they gave one.
 */
export async function setReadingSettings(
  viewerId: string,
  slug: string,
  input: unknown,
): Promise<TDiscussionSettings & { opinionMapMinRatings: number }> {
  const settings = parseInput(ZReadingSettings, input);
  const result = await db.$transaction(async (tx) => {
    const access = await getEssayAccess(tx, viewerId, { slug });
    assertCan(access, 'essay.settings');
    const saved = await tx.essay.update({
      where: { id: access.essayId },
      // strictUndefinedChecks: an opinion map N left out is left out of the update, not set to undefined.
      data: {
        discussion: settings.discussion,
        opensAt: settings.opensAt,
        closesAt: settings.closesAt,
        postBeforeSee: settings.postBeforeSee,
        ...(settings.opinionMapMinRatings === undefined ? {} : { opinionMapMinRatings: settings.opinionMapMinRatings }),
      },
      select: { discussion: true, opensAt: true, closesAt: true, postBeforeSee: true, opinionMapMinRatings: true },
    });
    if (settings.postBeforeSee && !access.reading.postBeforeSee) {
      await tx.$executeRaw`
        INSERT INTO "DiscussionUnlock" ("essayId", "userId", "createdAt")
        SELECT DISTINCT a."essayId", a."authorId", now() FROM "Annotation" a
         WHERE a."essayId" = ${access.essayId} AND a.visibility = 'COHORT'
        ON CONFLICT DO NOTHING`;
    }
    const [lock, append] = essayEventStatements(tx, access.essayId, ESSAY_SETTINGS_EVENT, null);
    await lock;
    await append;
    return { saved, essayId: access.essayId };
  });
  wakeEssay(result.essayId);
  return result.saved;
}
