import 'server-only';
import { db } from '@/lib/server/db/client';

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

export function countUnread(viewerId: string): Promise<number> {
  return db.notification.count({ where: { userId: viewerId, readAt: null } });
}
