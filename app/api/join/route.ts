import { consumeRateLimit } from '@/lib/server/rate-limit';
import { requireViewer } from '@/lib/server/auth/viewer';
import { jsonRoute, readJson } from '@/lib/server/http/json-route';
import { joinCohort } from '@/lib/server/services/cohort/join-cohort';

export async function POST(request: Request) {
  return jsonRoute(async () => {
    const viewer = await requireViewer();
    await consumeRateLimit('write', viewer.id);
    return { status: 201, body: { membership: await joinCohort(viewer.id, await readJson(request)) } };
  });
}
