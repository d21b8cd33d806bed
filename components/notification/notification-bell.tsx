import { Link } from '@/components/ui/link';

/**
 * The header's way to the inbox. Rendered by the layout on each full load and router.refresh();
 * a client-side navigation keeps the count it had (layouts are not rendered again).
 */
export function NotificationBell({ unread }: { unread: number }) {
  return (
    <Link
      href="/notifications"
      aria-label={`Notifications (${unread} unread)`}
      data-testid="notification-bell"
      data-unread={unread}
      className="flex items-center gap-1 underline-offset-4 hover:underline"
    >
      <svg aria-hidden="true" viewBox="0 0 20 20" className="h-4 w-4 fill-current">
        <path d="M10 2a5 5 0 0 0-5 5v3.6L3.3 13.3A1 1 0 0 0 4.1 15h11.8a1 1 0 0 0 .8-1.7L15 10.6V7a5 5 0 0 0-5-5Zm0 18a2.5 2.5 0 0 0 2.45-2h-4.9A2.5 2.5 0 0 0 10 20Z" />
      </svg>
      Notifications ({unread})
    </Link>
  );
}
