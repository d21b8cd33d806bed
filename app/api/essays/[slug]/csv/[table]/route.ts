import { getViewer } from '@/lib/server/auth/viewer';
import { errorResponse } from '@/lib/server/http/json-route';
import { observeRoute } from '@/lib/server/http/observe-route';
import { exportEssayCsv } from '@/lib/server/queries/csv/export-essay-csv';

type TContext = { params: Promise<{ slug: string; table: string }> };

export const dynamic = 'force-dynamic';

/**
 * An essay's claims, annotations, arguments or votes as CSV, for members of its cohort (session
 * cookie). People are pseudonyms; `?names=1` adds names, for the cohort's owner only.
 */
export async function GET(request: Request, { params }: TContext) {
  return observeRoute(request, async () => {
    try {
      const { slug, table } = await params;
      const viewer = await getViewer();
      const wantsNames = new URL(request.url).searchParams.get('names') === '1';
      const { filename, csv } = await exportEssayCsv(viewer?.id ?? null, slug, table, wantsNames);
      return new Response(csv, {
        headers: {
          'Content-Type': 'text/csv; charset=utf-8',
          'Content-Disposition': `attachment; filename="${filename}"`,
          'Cache-Control': 'private, no-store',
        },
      });
    } catch (error) {
      return errorResponse(error);
    }
  });
}
