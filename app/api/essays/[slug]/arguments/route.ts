import { consumeRateLimit } from '@/lib/server/rate-limit';
import { requireViewer } from '@/lib/server/auth/viewer';
import { jsonRoute, readJson } from '@/lib/server/http/json-route';
import { addArgument } from '@/lib/server/services/argument/add-argument';

type TContext = { params: Promise<{ slug: string }> };

export async function POST(request: Request, { params }: TContext) {
  return jsonRoute(async () => {
    const viewer = await requireViewer();
    await consumeRateLimit('write', viewer.id);
    const argument = await addArgument(viewer.id, (await params).slug, await readJson(request));
    return { status: 201, body: { argument } };
  });
}
