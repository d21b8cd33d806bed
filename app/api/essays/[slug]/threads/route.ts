import { ZThreadQuery } from '@/lib/schemas/thread';
import { getViewer } from '@/lib/server/auth/viewer';
import { getEssayAccess } from '@/lib/server/access/essay-access';
import { db } from '@/lib/server/db/client';
import { AppError } from '@/lib/server/errors';
import { jsonRoute } from '@/lib/server/http/json-route';
import { listThreadsForViewer } from '@/lib/server/queries/annotation/list-threads-for-viewer';
import { parseInput } from '@/lib/server/validation';

type TContext = { params: Promise<{ slug: string }> };

export const dynamic = 'force-dynamic';

/**
 * A page of the essay's threads for the sidebar (issue 11): `?tab`, `?cursor`, `?limit` (≤ 100)
 * and the filters of ZThreadQuery; anything else is refused. Private essays are a 404 to outsiders.
 */
export async function GET(request: Request, { params }: TContext) {
  return jsonRoute(request, async () => {
    const viewer = await getViewer();
    const access = await getEssayAccess(db, viewer?.id ?? null, { slug: (await params).slug });
    const searchParams = new URL(request.url).searchParams;
    // A repeated parameter would otherwise be read as its last value: say so instead.
    const repeated = [...new Set([...searchParams.keys()].filter((key) => searchParams.getAll(key).length > 1))];
    if (repeated.length > 0) throw new AppError('BAD_REQUEST', `Give ${repeated.join(', ')} once.`);
    const query = parseInput(ZThreadQuery, Object.fromEntries(searchParams));
    return { body: await listThreadsForViewer(viewer?.id ?? null, access.essayId, query, { access }) };
  });
}
