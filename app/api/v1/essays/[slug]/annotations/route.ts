import type { z } from 'zod';
import { ZCreateAnnotation } from '@/lib/schemas/annotation';
import { ZApiAnnotationQuery, ZApiSlugParams, type TApiAnnotationPage, type ZApiAnnotationCreated } from '@/lib/schemas/api-v1';
import { apiRoute, queryOf } from '@/lib/server/api-v1/api-route';
import { listAnnotationThreadsForViewer } from '@/lib/server/api-v1/list-annotation-threads';
import { writeRoute } from '@/lib/server/http/write-route';
import { createAnnotation } from '@/lib/server/services/annotation/create-annotation';
import { parseInput } from '@/lib/server/validation';

type TContext = { params: Promise<{ slug: string }> };

export const dynamic = 'force-dynamic';

export async function GET(request: Request, { params }: TContext) {
  return apiRoute(request, async (caller) => {
    const { slug } = parseInput(ZApiSlugParams, await params);
    const body: TApiAnnotationPage = await listAnnotationThreadsForViewer(
      caller.viewerId,
      slug,
      parseInput(ZApiAnnotationQuery, queryOf(request)),
    );
    return { body };
  });
}

export async function POST(request: Request, { params }: TContext) {
  return writeRoute(request, { auth: 'token', body: ZCreateAnnotation, isIdempotent: true }, async ({ userId, input, writeKey }) => {
    const { slug } = parseInput(ZApiSlugParams, await params);
    const body: z.output<typeof ZApiAnnotationCreated> = { annotation: await createAnnotation(userId, slug, input, writeKey) };
    return { status: 201, body };
  });
}
