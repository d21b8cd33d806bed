import { ZCreateReply } from '@/lib/schemas/annotation';
import { writeRoute } from '@/lib/server/http/write-route';
import { replyToAnnotation } from '@/lib/server/services/annotation/reply-to-annotation';

type TContext = { params: Promise<{ id: string }> };

export async function POST(request: Request, { params }: TContext) {
  return writeRoute(request, { auth: 'session', body: ZCreateReply, isIdempotent: true }, async ({ userId, input, writeKey }) => {
    const annotation = await replyToAnnotation(userId, (await params).id, input, writeKey);
    return { status: 201, body: { annotation } };
  });
}
