'use client';
import { Link } from '@/components/ui/link';
import { useRouter } from 'next/navigation';
import { useTransition } from 'react';
import { formatWhen } from '@/components/annotation/labels';
import { FormError } from '@/components/ui/form-error';
import { SECONDARY } from '@/components/ui/field-styles';
import { requestJson } from '@/components/ui/request-json';
import { useSubmit } from '@/components/ui/use-submit';

export type TNotificationItem = { id: string; kind: string; title: string; href: string; readAt: string | null; createdAt: string };

/** Opening a notification marks it read; keepalive lets the request finish while the page changes. */
function markRead(id: string): void {
  void fetch('/api/notifications', {
    method: 'POST',
    keepalive: true,
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ ids: [id] }),
  }).catch(() => {});
}

/** The inbox: newest first, unread ones marked, and "Mark all read". */
export function NotificationList({ items, unread }: { items: TNotificationItem[]; unread: number }) {
  const router = useRouter();
  const { isBusy, error, run } = useSubmit();
  const [isRefreshing, startRefresh] = useTransition();

  async function markAll() {
    await run(
      () => requestJson('/api/notifications', 'POST', {}),
      // The header's count is part of the layout: a refresh renders it again too.
      () => startRefresh(() => router.refresh()),
    );
  }

  return (
    <div className="space-y-4">
      <div className="flex items-center justify-between gap-4">
        <p className="text-stone-600" data-testid="unread-count">
          {unread === 0 ? 'All read.' : `${unread} unread`}
        </p>
        <button type="button" onClick={() => void markAll()} disabled={unread === 0 || isBusy || isRefreshing} className={SECONDARY}>
          Mark all read
        </button>
      </div>
      <FormError error={error} />
      {items.length === 0 ? (
        <p className="rounded border border-dashed border-stone-300 p-6 text-stone-600">No notifications yet.</p>
      ) : (
        <ul className="divide-y divide-stone-200 rounded border border-stone-200 bg-white">
          {items.map((item) => {
            const isUnread = item.readAt === null;
            return (
              <li key={item.id} className={`p-4 ${isUnread ? 'bg-amber-50/60' : ''}`} data-testid="notification" data-unread={isUnread}>
                <Link
                  href={item.href}
                  onClick={isUnread ? () => markRead(item.id) : undefined}
                  className={`block hover:underline ${isUnread ? 'font-medium' : 'text-stone-700'}`}
                >
                  {isUnread ? <span className="sr-only">Unread: </span> : null}
                  {item.title}
                </Link>
                <p className="mt-1 text-xs text-stone-500">
                  <time dateTime={item.createdAt}>{formatWhen(item.createdAt)}</time>
                  {isUnread ? (
                    <span className="ml-2 rounded bg-amber-200 px-1 text-amber-950" aria-hidden="true">
                      new
                    </span>
                  ) : null}
                </p>
              </li>
            );
          })}
        </ul>
      )}
    </div>
  );
}
