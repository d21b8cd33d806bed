import { ZCreateApiToken } from '@/lib/schemas/api-v1';
import { requireViewer } from '@/lib/server/auth/viewer';
import { jsonRoute } from '@/lib/server/http/json-route';
import { writeRoute } from '@/lib/server/http/write-route';
import { listTokensForViewer } from '@/lib/server/api-v1/list-tokens-for-viewer';
import { createApiToken } from '@/lib/server/services/token/create-token';

export const dynamic = 'force-dynamic';

// Token management is for the signed-in browser only: a token cannot mint or list tokens.

export async function GET(request: Request) {
  return jsonRoute(request, async () => {
    const viewer = await requireViewer();
    return { body: { tokens: await listTokensForViewer(viewer.id) } };
  });
}

/** Answers with the raw token: the only time it is ever sent. */
export async function POST(request: Request) {
  return writeRoute(request, { auth: 'session', body: ZCreateApiToken }, async ({ userId, input }) => {
    const created = await createApiToken(userId, input);
    return { status: 201, body: created };
  });
}
