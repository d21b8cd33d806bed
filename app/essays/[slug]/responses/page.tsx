import { ReadingStatus } from '@/components/essay/reading-status';
import { EssayBreadcrumb } from '@/components/essay/essay-breadcrumb';
import { PublicResponse } from '@/components/author/public-response';
import { getViewer } from '@/lib/server/auth/viewer';
import { loadOrNotFound } from '@/lib/server/http/load-or-not-found';
import { listAuthorResponsesForViewer } from '@/lib/server/queries/author/get-author-desk';
import { getEssayForViewer } from '@/lib/server/queries/essay/get-essay-for-viewer';

export const dynamic = 'force-dynamic';
export const metadata = { title: 'Author’s responses' };

type TProps = { params: Promise<{ slug: string }> };

// Private essays are indistinguishable from missing ones for outsiders, and so are their responses.
function loadResponses(viewerId: string | null, slug: string) {
  return loadOrNotFound(async () => {
    const essay = await getEssayForViewer(viewerId, slug);
    return { essay, responses: await listAuthorResponsesForViewer(viewerId, slug) };
  });
}

export default async function ResponsesPage({ params }: TProps) {
  const viewer = await getViewer();
  const { essay, responses } = await loadResponses(viewer?.id ?? null, (await params).slug);
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <header>
        <EssayBreadcrumb slug={essay.slug} title={essay.title} />
        <h1 className="mt-3 font-serif text-3xl font-semibold">The author’s responses</h1>
        <p className="mt-2 text-stone-600">
          How {essay.authorName} answered the cohort’s critiques of “{essay.title}”, newest first. Revisions show the words they changed. If
          a response answers your critique, accept it or reopen the critique.
        </p>
        <ReadingStatus reading={essay.reading} seesOthers={essay.seesOthers} now={new Date()} />
      </header>
      {responses.length === 0 ? (
        <p className="text-stone-600">The author has not responded to any critique yet.</p>
      ) : (
        <ol className="space-y-4">
          {responses.map((response) => (
            <li key={response.id}>
              <PublicResponse response={response} />
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
