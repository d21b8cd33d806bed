import { consumeRateLimit } from '@/lib/server/rate-limit';
import { requireViewer } from '@/lib/server/auth/viewer';
import { jsonRoute, readJson } from '@/lib/server/http/json-route';
import { listNotificationsForViewer } from '@/lib/server/queries/notification/list-notifications-for-viewer';
import { markNotificationsRead } from '@/lib/server/services/notification/mark-notifications-read';

export const dynamic = 'force-dynamic';

export async function GET() {
  return jsonRoute(async () => {
    const viewer = await requireViewer();
    return { body: await listNotificationsForViewer(viewer.id) };
  });
}

/** Mark read: { ids?: string[] } (all when omitted). */
export async function POST(request: Request) {
  return jsonRoute(async () => {
    const viewer = await requireViewer();
    await consumeRateLimit('write', viewer.id);
    return { body: await markNotificationsRead(viewer.id, await readJson(request)) };
  });
}
