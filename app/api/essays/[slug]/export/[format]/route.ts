import { toAif, toArgdown } from '@/lib/domain/argument';
import { getViewer } from '@/lib/server/auth/viewer';
import { errorResponse } from '@/lib/server/http/json-route';
import { observeRoute } from '@/lib/server/http/observe-route';
import { getDebateForViewer, toExportDebate } from '@/lib/server/queries/argument/get-debate-for-viewer';

type TContext = { params: Promise<{ slug: string; format: string }> };

export const dynamic = 'force-dynamic';

/** The essay's debate as a download: `argdown` (text) or `aif` (AIF JSON). */
export async function GET(request: Request, { params }: TContext) {
  return observeRoute(request, async () => {
    const { slug, format } = await params;
    if (format !== 'argdown' && format !== 'aif') {
      return Response.json({ error: 'Export format is "argdown" or "aif".' }, { status: 400 });
    }
    try {
      const viewer = await getViewer();
      const debate = toExportDebate(await getDebateForViewer(viewer?.id ?? null, slug));
      const isArgdown = format === 'argdown';
      return new Response(isArgdown ? toArgdown(debate) : JSON.stringify(toAif(debate), null, 2), {
        headers: {
          'Content-Type': isArgdown ? 'text/plain; charset=utf-8' : 'application/json; charset=utf-8',
          'Content-Disposition': `attachment; filename="${slug}.${isArgdown ? 'argdown' : 'aif.json'}"`,
        },
      });
    } catch (error) {
      return errorResponse(error);
    }
  });
}
