import type { z } from 'zod';
import { ZApiSlugParams, type ZApiClaimList } from '@/lib/schemas/api-v1';
import { apiRoute } from '@/lib/server/api-v1/api-route';
import { listApiClaims } from '@/lib/server/api-v1/essay-resources';
import { parseInput } from '@/lib/server/validation';

type TContext = { params: Promise<{ slug: string }> };

export const dynamic = 'force-dynamic';

export async function GET(request: Request, { params }: TContext) {
  return apiRoute(request, async (caller) => {
    const { slug } = parseInput(ZApiSlugParams, await params);
    const body: z.output<typeof ZApiClaimList> = await listApiClaims(caller.viewerId, slug);
    return { body };
  });
}
