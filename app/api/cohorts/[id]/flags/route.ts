import { requireViewer } from '@/lib/server/auth/viewer';
import { jsonRoute } from '@/lib/server/http/json-route';
import { listQueueForViewer } from '@/lib/server/queries/moderation/list-queue-for-viewer';
import { parseInput } from '@/lib/server/validation';
import { ZFlagQueueFilter } from '@/lib/schemas/moderation';

type TContext = { params: Promise<{ id: string }> };

export const dynamic = 'force-dynamic';

/** The moderation queue (moderators and owners). */
export async function GET(request: Request, { params }: TContext) {
  return jsonRoute(request, async () => {
    const viewer = await requireViewer();
    const filter = parseInput(ZFlagQueueFilter, Object.fromEntries(new URL(request.url).searchParams));
    return { body: { flags: await listQueueForViewer(viewer.id, (await params).id, filter) } };
  });
}
