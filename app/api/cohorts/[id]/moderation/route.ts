import { ZModerate } from '@/lib/schemas/moderation';
import { writeRoute } from '@/lib/server/http/write-route';
import { moderate } from '@/lib/server/services/moderation/moderate';

type TContext = { params: Promise<{ id: string }> };

export async function POST(request: Request, { params }: TContext) {
  return writeRoute(request, { auth: 'session', body: ZModerate }, async ({ userId, input }) => {
    return { status: 201, body: await moderate(userId, (await params).id, input) };
  });
}
