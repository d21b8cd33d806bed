import { ZMergeDraftClaims } from '@/lib/schemas/draft';
import { writeRoute } from '@/lib/server/http/write-route';
import { getDraftForViewer } from '@/lib/server/queries/draft/get-draft-for-viewer';
import { mergeDraftClaims } from '@/lib/server/services/draft/merge-draft-claims';

type TContext = { params: Promise<{ slug: string }> };

/** Merges two neighbouring claims of a draft's section; answers the draft as it now is. */
export async function POST(request: Request, { params }: TContext) {
  return writeRoute(request, { auth: 'session', body: ZMergeDraftClaims }, async ({ userId, input }) => {
    const { slug } = await params;
    await mergeDraftClaims(userId, slug, input);
    return { body: { draft: await getDraftForViewer(userId, slug) } };
  });
}
