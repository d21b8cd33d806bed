import { db } from '@/lib/server/db/client';

/** The newest event id of an essay's change feed (0 when it has none): where a test starts listening. */
export async function latestEssayEventId(essayId: string): Promise<bigint> {
  const latest = await db.essayEvent.findFirst({ where: { essayId }, orderBy: { id: 'desc' }, select: { id: true } });
  return latest?.id ?? 0n;
}
