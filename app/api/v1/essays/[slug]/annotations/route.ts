import type { z } from 'zod';
import { ZApiAnnotationQuery, ZApiSlugParams, type TApiAnnotationPage, type ZApiAnnotationCreated } from '@/lib/schemas/api-v1';
import { apiRoute, queryOf } from '@/lib/server/api-v1/api-route';
import { writerOf } from '@/lib/server/api-v1/authenticate';
import { listAnnotationThreadsForViewer } from '@/lib/server/api-v1/list-annotation-threads';
import { readJson } from '@/lib/server/http/json-route';
import { createAnnotation } from '@/lib/server/services/annotation/create-annotation';
import { parseInput } from '@/lib/server/validation';

type TContext = { params: Promise<{ slug: string }> };

export const dynamic = 'force-dynamic';

export async function GET(request: Request, { params }: TContext) {
  return apiRoute(request, 'read', async (caller) => {
    const { slug } = parseInput(ZApiSlugParams, await params);
    const body: TApiAnnotationPage = await listAnnotationThreadsForViewer(caller.viewerId, slug, parseInput(ZApiAnnotationQuery, queryOf(request)));
    return { body };
  });
}

export async function POST(request: Request, { params }: TContext) {
  return apiRoute(request, 'write', async (caller) => {
    const { slug } = parseInput(ZApiSlugParams, await params);
    const body: z.output<typeof ZApiAnnotationCreated> = { annotation: await createAnnotation(writerOf(caller), slug, await readJson(request)) };
    return { status: 201, body };
  });
}
