import { ZDraftDetails } from '@/lib/schemas/draft';
import { getViewer } from '@/lib/server/auth/viewer';
import { jsonRoute } from '@/lib/server/http/json-route';
import { writeRoute } from '@/lib/server/http/write-route';
import { getDraftForViewer } from '@/lib/server/queries/draft/get-draft-for-viewer';
import { updateDraftDetails } from '@/lib/server/services/draft/update-draft-details';

type TContext = { params: Promise<{ slug: string }> };

export const dynamic = 'force-dynamic';

/** The draft's preview for its cohort's staff: details, sections and numbered claims. A 404 for anyone else. */
export async function GET(request: Request, { params }: TContext) {
  return jsonRoute(request, async () => {
    const viewer = await getViewer();
    return { body: { draft: await getDraftForViewer(viewer?.id ?? null, (await params).slug) } };
  });
}

/** Corrects the draft's title, author name, source name or source URL; answers the draft as it now is. */
export async function PATCH(request: Request, { params }: TContext) {
  return writeRoute(request, { auth: 'session', body: ZDraftDetails }, async ({ userId, input }) => {
    const { slug } = await params;
    await updateDraftDetails(userId, slug, input);
    return { body: { draft: await getDraftForViewer(userId, slug) } };
  });
}
