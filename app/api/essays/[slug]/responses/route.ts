import { ZRespond } from '@/lib/schemas/author';
import { writeRoute } from '@/lib/server/http/write-route';
import { respondToCritique } from '@/lib/server/services/author/respond-to-critique';

type TContext = { params: Promise<{ slug: string }> };

/** The essay author's response to a critique (with a revision for "revised"). */
export async function POST(request: Request, { params }: TContext) {
  return writeRoute(request, { auth: 'session', body: ZRespond }, async ({ userId, input }) => {
    return { status: 201, body: { response: await respondToCritique(userId, (await params).slug, input) } };
  });
}
