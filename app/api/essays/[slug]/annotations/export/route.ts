import { WEB_ANNOTATION_CONTENT_TYPE } from '@/lib/domain/web-annotation';
import { ZExportPage } from '@/lib/schemas/web-annotation';
import { getViewer } from '@/lib/server/auth/viewer';
import { errorResponse } from '@/lib/server/http/json-route';
import { observeRoute } from '@/lib/server/http/observe-route';
import { parseInput } from '@/lib/server/validation';
import { getAnnotationCollectionForViewer } from '@/lib/server/queries/web-annotation/get-annotation-collection-for-viewer';
import { siteOrigin } from '@/lib/server/queries/web-annotation/site-origin';

type TContext = { params: Promise<{ slug: string }> };

export const dynamic = 'force-dynamic';

/**
 * The essay's annotations as W3C Web Annotation JSON-LD: the AnnotationCollection with its first
 * page, `?page=N` for page N (0-based), `?page=all` for everything in one document.
 */
export async function GET(request: Request, { params }: TContext) {
  return observeRoute(request, async () => {
    try {
      const page = parseInput(ZExportPage, new URL(request.url).searchParams.get('page'));
      const viewer = await getViewer();
      const document = await getAnnotationCollectionForViewer(viewer?.id ?? null, (await params).slug, {
        origin: siteOrigin(request),
        page,
      });
      return new Response(JSON.stringify(document, null, 2), {
        headers: { 'Content-Type': WEB_ANNOTATION_CONTENT_TYPE, 'Cache-Control': 'private, no-store' },
      });
    } catch (error) {
      return errorResponse(error);
    }
  });
}
