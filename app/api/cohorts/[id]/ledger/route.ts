import { requireViewer } from '@/lib/server/auth/viewer';
import { jsonRoute } from '@/lib/server/http/json-route';
import { listLedgerForViewer } from '@/lib/server/queries/moderation/list-ledger-for-viewer';

type TContext = { params: Promise<{ id: string }> };

export const dynamic = 'force-dynamic';

export async function GET(request: Request, { params }: TContext) {
  return jsonRoute(request, async () => {
    const viewer = await requireViewer();
    return { body: { entries: await listLedgerForViewer(viewer.id, (await params).id) } };
  });
}
