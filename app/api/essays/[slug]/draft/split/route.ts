import { ZSplitDraftClaim } from '@/lib/schemas/draft';
import { writeRoute } from '@/lib/server/http/write-route';
import { getDraftForViewer } from '@/lib/server/queries/draft/get-draft-for-viewer';
import { splitDraftClaim } from '@/lib/server/services/draft/split-draft-claim';

type TContext = { params: Promise<{ slug: string }> };

/** Splits a draft's claim at a character offset; answers the draft as it now is. */
export async function POST(request: Request, { params }: TContext) {
  return writeRoute(request, { auth: 'session', body: ZSplitDraftClaim }, async ({ userId, input }) => {
    const { slug } = await params;
    await splitDraftClaim(userId, slug, input);
    return { body: { draft: await getDraftForViewer(userId, slug) } };
  });
}
