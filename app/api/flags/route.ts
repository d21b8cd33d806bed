import { ZFlag } from '@/lib/schemas/moderation';
import { writeRoute } from '@/lib/server/http/write-route';
import { flagContent } from '@/lib/server/services/moderation/flag-content';

export async function POST(request: Request) {
  return writeRoute(request, { auth: 'session', body: ZFlag }, async ({ userId, input }) => {
    return { status: 201, body: { flag: await flagContent(userId, input) } };
  });
}
