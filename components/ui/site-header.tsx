import { Link } from '@/components/ui/link';
import { NotificationBell } from '@/components/notification/notification-bell';
import { SearchBox } from '@/components/search/search-box';
import { getViewer } from '@/lib/server/auth/viewer';
import { countUnread } from '@/lib/server/queries/notification/list-notifications-for-viewer';

export async function SiteHeader() {
  const viewer = await getViewer();
  const unread = viewer ? await countUnread(viewer.id) : 0;
  return (
    <header className="border-b border-stone-200 bg-white print:hidden">
      <nav aria-label="Main" className="mx-auto flex max-w-6xl items-center justify-between px-4 py-3">
        <Link href="/" className="font-serif text-xl font-semibold tracking-tight">
          Counterpoint
        </Link>
        <SearchBox label="Search everything" className="mx-4 max-w-xs flex-1" />
        <div className="flex items-center gap-4 text-sm">
          {viewer ? (
            <>
              <Link href="/cohorts" className="underline-offset-4 hover:underline">
                Cohorts
              </Link>
              <NotificationBell unread={unread} />
              <Link
                href="/account"
                className="text-stone-600 underline-offset-4 hover:underline"
                title="Your account and API tokens"
                data-testid="signed-in-as"
              >
                {viewer.name}
              </Link>
              <Link href="/signout" className="underline-offset-4 hover:underline">
                Sign out
              </Link>
            </>
          ) : (
            <>
              <Link href="/signin" className="underline-offset-4 hover:underline">
                Sign in
              </Link>
              <Link href="/signup" className="rounded bg-stone-900 px-3 py-1.5 text-white hover:bg-stone-700">
                Sign up
              </Link>
            </>
          )}
        </div>
      </nav>
    </header>
  );
}
