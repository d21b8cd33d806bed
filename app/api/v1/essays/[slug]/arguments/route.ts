import type { z } from 'zod';
import { ZAddArgument } from '@/lib/schemas/argument';
import { ZApiArgumentQuery, ZApiSlugParams, type ZApiArgumentCreated, type ZApiArgumentPage } from '@/lib/schemas/api-v1';
import { apiRoute, queryOf } from '@/lib/server/api-v1/api-route';
import { getArgumentForViewer, listArgumentsPageForViewer } from '@/lib/server/api-v1/list-arguments-page';
import { writeRoute } from '@/lib/server/http/write-route';
import { addArgument } from '@/lib/server/services/argument/add-argument';
import { parseInput } from '@/lib/server/validation';

type TContext = { params: Promise<{ slug: string }> };

export const dynamic = 'force-dynamic';

export async function GET(request: Request, { params }: TContext) {
  return apiRoute(request, async (caller) => {
    const { slug } = parseInput(ZApiSlugParams, await params);
    const body: z.output<typeof ZApiArgumentPage> = await listArgumentsPageForViewer(
      caller.viewerId,
      slug,
      parseInput(ZApiArgumentQuery, queryOf(request)),
    );
    return { body };
  });
}

export async function POST(request: Request, { params }: TContext) {
  return writeRoute(request, { auth: 'token', body: ZAddArgument, isIdempotent: true }, async ({ userId, input, writeKey }) => {
    const { slug } = parseInput(ZApiSlugParams, await params);
    const { id } = await addArgument(userId, slug, input, writeKey);
    const body: z.output<typeof ZApiArgumentCreated> = { argument: await getArgumentForViewer(userId, slug, id) };
    return { status: 201, body };
  });
}
