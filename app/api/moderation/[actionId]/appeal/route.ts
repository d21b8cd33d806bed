import { ZAppeal } from '@/lib/schemas/moderation';
import { writeRoute } from '@/lib/server/http/write-route';
import { fileAppeal } from '@/lib/server/services/moderation/file-appeal';

type TContext = { params: Promise<{ actionId: string }> };

export async function POST(request: Request, { params }: TContext) {
  return writeRoute(request, { auth: 'session', body: ZAppeal }, async ({ userId, input }) => {
    return { status: 201, body: { appeal: await fileAppeal(userId, (await params).actionId, input) } };
  });
}
