import { ZSetPseudonym } from '@/lib/schemas/cohort';
import { writeRoute } from '@/lib/server/http/write-route';
import { setPseudonym } from '@/lib/server/services/cohort/set-pseudonym';

type TContext = { params: Promise<{ id: string }> };

/** Your own pseudonym in the cohort: `{ pseudonym: "Quiet Heron" }`, or `{ pseudonym: null }` for your name. */
export async function PUT(request: Request, { params }: TContext) {
  return writeRoute(request, { auth: 'session', body: ZSetPseudonym }, async ({ userId: viewerId, input }) => {
    return { body: { membership: await setPseudonym(viewerId, (await params).id, input) } };
  });
}
