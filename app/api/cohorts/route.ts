import { ZCreateCohort } from '@/lib/schemas/cohort';
import { writeRoute } from '@/lib/server/http/write-route';
import { createCohort } from '@/lib/server/services/cohort/create-cohort';

export async function POST(request: Request) {
  return writeRoute(request, { auth: 'session', body: ZCreateCohort }, async ({ userId, input }) => {
    return { status: 201, body: { cohort: await createCohort(userId, input) } };
  });
}
