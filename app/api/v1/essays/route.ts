import type { z } from 'zod';
import type { ZApiEssayList } from '@/lib/schemas/api-v1';
import { apiRoute } from '@/lib/server/api-v1/api-route';
import { listApiEssays } from '@/lib/server/api-v1/essay-resources';

export const dynamic = 'force-dynamic';

export async function GET(request: Request) {
  return apiRoute(request, async (caller) => {
    const body: z.output<typeof ZApiEssayList> = { essays: await listApiEssays(caller.viewerId) };
    return { body };
  });
}
