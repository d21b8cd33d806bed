import { ZCreateInvite } from '@/lib/schemas/cohort';
import { writeRoute } from '@/lib/server/http/write-route';
import { createInvite } from '@/lib/server/services/cohort/create-invite';

type TContext = { params: Promise<{ id: string }> };

export async function POST(request: Request, { params }: TContext) {
  return writeRoute(request, { auth: 'session', body: ZCreateInvite }, async ({ userId, input }) => {
    return { status: 201, body: { invite: await createInvite(userId, (await params).id, input) } };
  });
}
