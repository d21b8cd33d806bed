import { ZCreateAnnotation } from '@/lib/schemas/annotation';
import { writeRoute } from '@/lib/server/http/write-route';
import { createAnnotation } from '@/lib/server/services/annotation/create-annotation';

type TContext = { params: Promise<{ slug: string }> };

// Reading is GET /api/essays/<slug>/threads (a page at a time) or /api/v1's paged list: the whole
// list in one answer grew with the discussion and no page needs it any more.
export async function POST(request: Request, { params }: TContext) {
  return writeRoute(request, { auth: 'session', body: ZCreateAnnotation, isIdempotent: true }, async ({ userId, input, writeKey }) => {
    const annotation = await createAnnotation(userId, (await params).slug, input, writeKey);
    return { status: 201, body: { annotation } };
  });
}
