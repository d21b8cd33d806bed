import { consumeRateLimit } from '@/lib/server/rate-limit';
import { requireViewer } from '@/lib/server/auth/viewer';
import { jsonRoute, readJson } from '@/lib/server/http/json-route';
import { setCritiqueState } from '@/lib/server/services/author/set-critique-state';

type TContext = { params: Promise<{ id: string }> };

/** The critic accepts the author's response or reopens the critique: { state: 'ACCEPTED' | 'REOPENED' }. */
export async function POST(request: Request, { params }: TContext) {
  return jsonRoute(async () => {
    const viewer = await requireViewer();
    await consumeRateLimit('write', viewer.id);
    return { body: await setCritiqueState(viewer.id, (await params).id, await readJson(request)) };
  });
}
