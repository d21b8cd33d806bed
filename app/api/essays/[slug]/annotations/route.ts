import { ZCreateAnnotation } from '@/lib/schemas/annotation';
import { getViewer } from '@/lib/server/auth/viewer';
import { getEssayAccess } from '@/lib/server/access/essay-access';
import { db } from '@/lib/server/db/client';
import { jsonRoute } from '@/lib/server/http/json-route';
import { writeRoute } from '@/lib/server/http/write-route';
import { listAnnotationsForViewer } from '@/lib/server/queries/annotation/list-annotations-for-viewer';
import { createAnnotation } from '@/lib/server/services/annotation/create-annotation';

type TContext = { params: Promise<{ slug: string }> };

export const dynamic = 'force-dynamic';

export async function GET(_request: Request, { params }: TContext) {
  return jsonRoute(async () => {
    const viewer = await getViewer();
    const access = await getEssayAccess(db, viewer?.id ?? null, { slug: (await params).slug });
    return { body: { annotations: await listAnnotationsForViewer(viewer?.id ?? null, access.essayId) } };
  });
}

export async function POST(request: Request, { params }: TContext) {
  return writeRoute(request, { auth: 'session', body: ZCreateAnnotation }, async ({ userId, input }) => {
    const annotation = await createAnnotation(userId, (await params).slug, input);
    return { status: 201, body: { annotation } };
  });
}
