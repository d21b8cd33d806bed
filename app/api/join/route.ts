import { ZJoinCohort } from '@/lib/schemas/cohort';
import { writeRoute } from '@/lib/server/http/write-route';
import { joinCohort } from '@/lib/server/services/cohort/join-cohort';

export async function POST(request: Request) {
  return writeRoute(request, { auth: 'session', body: ZJoinCohort }, async ({ userId, input }) => {
    return { status: 201, body: { membership: await joinCohort(userId, input) } };
  });
}
