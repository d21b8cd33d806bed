import 'server-only';
import { Prisma } from '@/lib/generated/prisma/client';
import { db } from '@/lib/server/db/client';
import { poolQuery } from '@/lib/server/db/pool-query';

/** The viewer's inbox, newest first, and the unread count for the header (index Notification(userId, readAt, createdAt)). */
export async function listNotificationsForViewer(viewerId: string, take = 50) {
  const [items, unread] = await Promise.all([
    db.notification.findMany({
      where: { userId: viewerId },
      orderBy: { createdAt: 'desc' },
      take,
      select: { id: true, kind: true, title: true, href: true, readAt: true, createdAt: true },
    }),
    countUnread(viewerId),
  ]);
  return { items: items.map((n) => ({ ...n, readAt: n.readAt?.toISOString() ?? null, createdAt: n.createdAt.toISOString() })), unread };
}

/** The header's unread count, on every page a signed-in person opens: on the pool (pool-query.ts). */
export async function countUnread(viewerId: string): Promise<number> {
  const [row] = await poolQuery<{ unread: number }>(
    Prisma.sql`SELECT count(*)::int AS unread FROM "Notification" WHERE "userId" = ${viewerId} AND "readAt" IS NULL`,
  );
  return row?.unread ?? 0;
}
