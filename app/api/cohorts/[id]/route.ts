import { ZCohortSettings } from '@/lib/schemas/cohort';
import { writeRoute } from '@/lib/server/http/write-route';
import { enablePseudonyms } from '@/lib/server/services/cohort/enable-pseudonyms';

type TContext = { params: Promise<{ id: string }> };

/** Cohort settings (owners): `{ allowPseudonyms: true }` lets members go by pseudonyms. */
export async function PATCH(request: Request, { params }: TContext) {
  return writeRoute(request, { auth: 'session', body: ZCohortSettings }, async ({ userId: viewerId, input }) => {
    return { body: { cohort: await enablePseudonyms(viewerId, (await params).id, input) } };
  });
}
