import { writeRoute } from '@/lib/server/http/write-route';
import { publishDraft } from '@/lib/server/services/draft/publish-draft';

type TContext = { params: Promise<{ slug: string }> };

/** Publishes the draft to its cohort; 409 when someone else just did. */
export async function POST(request: Request, { params }: TContext) {
  return writeRoute(request, { auth: 'session', body: 'none' }, async ({ userId }) => {
    const essay = await publishDraft(userId, (await params).slug);
    return { body: { essay: { slug: essay.slug, publishedAt: essay.publishedAt.toISOString() } } };
  });
}
