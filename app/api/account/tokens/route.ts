import { requireViewer } from '@/lib/server/auth/viewer';
import { jsonRoute, readJson } from '@/lib/server/http/json-route';
import { listTokensForViewer } from '@/lib/server/api-v1/list-tokens-for-viewer';
import { consumeRateLimit } from '@/lib/server/rate-limit';
import { createApiToken } from '@/lib/server/services/token/create-token';

export const dynamic = 'force-dynamic';

// Token management is for the signed-in browser only: a token cannot mint or list tokens.

export async function GET() {
  return jsonRoute(async () => {
    const viewer = await requireViewer();
    return { body: { tokens: await listTokensForViewer(viewer.id) } };
  });
}

/** Answers with the raw token: the only time it is ever sent. */
export async function POST(request: Request) {
  return jsonRoute(async () => {
    const viewer = await requireViewer();
    await consumeRateLimit('write', viewer.id);
    const created = await createApiToken(viewer.id, await readJson(request));
    return { status: 201, body: created };
  });
}
