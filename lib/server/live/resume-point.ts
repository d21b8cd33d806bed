import 'server-only';
import { db } from '@/lib/server/db/client';

/** How far back a client may resume: further than this, it reloads its notes instead. */
export const MAX_RESUME_EVENTS = 1_000;
export const MAX_RESUME_AGE_MS = 24 * 60 * 60 * 1000;

export type TResumePoint = { lastId: bigint; isReload: boolean };

/**
 * Where a (re)connecting client's stream starts. Close behind: right after the id it saw. Far
 * behind (more than 1,000 events, or events older than 24 h — a tab left asleep, a forged
 * `since=0`): at the newest event, and the client is told to reload its notes; replaying the
 * whole history would cost the server for nothing the list does not give in one query.
 * Two indexed reads on EssayEvent(essayId, id).
 */
export async function resumePoint(essayId: string, lastId: bigint, now = new Date()): Promise<TResumePoint> {
  const [beyondCap, firstMissed] = await Promise.all([
    db.essayEvent.findFirst({
      where: { essayId, id: { gt: lastId } },
      orderBy: { id: 'asc' },
      skip: MAX_RESUME_EVENTS,
      select: { id: true },
    }),
    db.essayEvent.findFirst({ where: { essayId, id: { gt: lastId } }, orderBy: { id: 'asc' }, select: { createdAt: true } }),
  ]);
  const isTooOld = firstMissed !== null && now.getTime() - firstMissed.createdAt.getTime() > MAX_RESUME_AGE_MS;
  if (beyondCap === null && !isTooOld) return { lastId, isReload: false };
  const newest = await db.essayEvent.findFirst({ where: { essayId }, orderBy: { id: 'desc' }, select: { id: true } });
  return { lastId: newest?.id ?? lastId, isReload: true };
}
