import { ZCritiqueState } from '@/lib/schemas/author';
import { writeRoute } from '@/lib/server/http/write-route';
import { setCritiqueState } from '@/lib/server/services/author/set-critique-state';

type TContext = { params: Promise<{ id: string }> };

/** The critic accepts the author's response or reopens the critique: { state: 'ACCEPTED' | 'REOPENED' }. */
export async function POST(request: Request, { params }: TContext) {
  return writeRoute(request, { auth: 'session', body: ZCritiqueState }, async ({ userId, input }) => {
    return { body: await setCritiqueState(userId, (await params).id, input) };
  });
}
