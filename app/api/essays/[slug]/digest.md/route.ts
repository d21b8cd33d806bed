import { digestToMarkdown } from '@/lib/domain/digest/digest-markdown';
import { getViewer } from '@/lib/server/auth/viewer';
import { errorResponse } from '@/lib/server/http/json-route';
import { observeRoute } from '@/lib/server/http/observe-route';
import { getDigestForViewer } from '@/lib/server/queries/digest/get-digest-for-viewer';

type TContext = { params: Promise<{ slug: string }> };

export const dynamic = 'force-dynamic';

/**
 * The debate digest as a Markdown download, for those the page is for (a 404 to everyone else,
 * members included): the same data as /essays/<slug>/digest, so the same names and withheld words.
 */
export async function GET(request: Request, { params }: TContext) {
  return observeRoute(request, async () => {
    const { slug } = await params;
    try {
      const viewer = await getViewer();
      const digest = await getDigestForViewer(viewer?.id ?? null, slug);
      return new Response(digestToMarkdown(digest), {
        headers: {
          'Content-Type': 'text/markdown; charset=utf-8',
          'Content-Disposition': `attachment; filename="${digest.essay.slug}-digest.md"`,
          // Names and figures as of now, for this reader only.
          'Cache-Control': 'private, no-store',
        },
      });
    } catch (error) {
      return errorResponse(error);
    }
  });
}
