import { redirect } from 'next/navigation';
import { NotificationList } from '@/components/notification/notification-list';
import { getViewer } from '@/lib/server/auth/viewer';
import { listNotificationsForViewer } from '@/lib/server/queries/notification/list-notifications-for-viewer';

export const dynamic = 'force-dynamic';
export const metadata = { title: 'Notifications' };

export default async function NotificationsPage() {
  const viewer = await getViewer();
  if (!viewer) redirect('/signin?callbackUrl=/notifications');
  const { items, unread } = await listNotificationsForViewer(viewer.id);
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <h1 className="font-serif text-3xl font-semibold">Notifications</h1>
      <NotificationList items={items} unread={unread} />
    </div>
  );
}
