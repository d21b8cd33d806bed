import { consumeRateLimit } from '@/lib/server/rate-limit';
import { requireViewer } from '@/lib/server/auth/viewer';
import { jsonRoute, readJson } from '@/lib/server/http/json-route';
import { flagContent } from '@/lib/server/services/moderation/flag-content';

export async function POST(request: Request) {
  return jsonRoute(async () => {
    const viewer = await requireViewer();
    await consumeRateLimit('write', viewer.id);
    return { status: 201, body: { flag: await flagContent(viewer.id, await readJson(request)) } };
  });
}
