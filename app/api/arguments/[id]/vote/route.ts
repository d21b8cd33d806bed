import { ZImpactVote } from '@/lib/schemas/argument';
import { writeRoute } from '@/lib/server/http/write-route';
import { voteImpact } from '@/lib/server/services/argument/vote-impact';

type TContext = { params: Promise<{ id: string }> };

export async function PUT(request: Request, { params }: TContext) {
  return writeRoute(request, { auth: 'session', body: ZImpactVote }, async ({ userId, input }) => {
    await voteImpact(userId, (await params).id, input);
    return { body: { ok: true } };
  });
}
