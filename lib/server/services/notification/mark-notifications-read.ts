import 'server-only';
import { ZMarkRead } from '@/lib/schemas/notification';
import { db } from '@/lib/server/db/client';
import { parseInput } from '@/lib/server/validation';

/** Marks some (or all) of the viewer's notifications read; other people's ids simply match nothing. */
export async function markNotificationsRead(viewerId: string, input: unknown): Promise<{ count: number }> {
  const { ids } = parseInput(ZMarkRead, input);
  const { count } = await db.notification.updateMany({
    where: { userId: viewerId, readAt: null, ...(ids ? { id: { in: ids } } : {}) },
    data: { readAt: new Date() },
  });
  return { count };
}
