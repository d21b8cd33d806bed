import { ZMarkRead } from '@/lib/schemas/notification';
import { requireViewer } from '@/lib/server/auth/viewer';
import { jsonRoute } from '@/lib/server/http/json-route';
import { writeRoute } from '@/lib/server/http/write-route';
import { listNotificationsForViewer } from '@/lib/server/queries/notification/list-notifications-for-viewer';
import { markNotificationsRead } from '@/lib/server/services/notification/mark-notifications-read';

export const dynamic = 'force-dynamic';

export async function GET(request: Request) {
  return jsonRoute(request, async () => {
    const viewer = await requireViewer();
    return { body: await listNotificationsForViewer(viewer.id) };
  });
}

/** Mark read: { ids?: string[] } (all when omitted). */
export async function POST(request: Request) {
  return writeRoute(request, { auth: 'session', body: ZMarkRead }, async ({ userId, input }) => {
    return { body: await markNotificationsRead(userId, input) };
  });
}
