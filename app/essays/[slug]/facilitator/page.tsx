import { EssayBreadcrumb } from '@/components/essay/essay-breadcrumb';
import { redirect } from 'next/navigation';
import { parseDays } from '@/components/facilitator/days-form';
import { FacilitatorView } from '@/components/facilitator/facilitator-view';
import { ReadingSettingsForm } from '@/components/essay/reading-settings-form';
import { AuthorInvite } from '@/components/draft/author-invite';
import { getViewer } from '@/lib/server/auth/viewer';
import { loadOrNotFound } from '@/lib/server/http/load-or-not-found';
import { getEssayForViewer } from '@/lib/server/queries/essay/get-essay-for-viewer';
import { getFacilitatorView } from '@/lib/server/queries/facilitator/get-facilitator-view';

export const dynamic = 'force-dynamic';
export const metadata = { title: 'Facilitator view' };

type TProps = { params: Promise<{ slug: string }>; searchParams: Promise<{ days?: string | string[] }> };

// Members and outsiders alike find nothing here, as if the page did not exist.
function loadView(viewerId: string, slug: string, days: number) {
  return loadOrNotFound(async () => {
    const view = await getFacilitatorView(viewerId, slug, days);
    // Only once the view said "moderator or owner": the title and the claims' numbering.
    const essay = await getEssayForViewer(viewerId, slug);
    return { view, essay };
  });
}

export default async function FacilitatorPage({ params, searchParams }: TProps) {
  const { slug } = await params;
  const viewer = await getViewer();
  // The same redirect for every slug, so it tells a signed-out visitor nothing about the essay.
  if (!viewer) redirect(`/signin?callbackUrl=${encodeURIComponent(`/essays/${slug}/facilitator`)}`);
  const { view, essay } = await loadView(viewer.id, slug, parseDays((await searchParams).days));
  const positions = new Map(essay.sections.flatMap((s) => s.claims).map((claim, index) => [claim.id, index + 1]));
  return (
    <div className="space-y-6">
      <header>
        <EssayBreadcrumb
          slug={essay.slug}
          title={essay.title}
          next={[
            { path: 'responses', label: 'The author’s responses' },
            { path: 'digest', label: 'Debate digest' },
          ]}
        />
        <h1 className="mt-3 font-serif text-3xl font-semibold">Facilitator view</h1>
        <p className="mt-2 max-w-3xl text-stone-600">
          Where the discussion of “{essay.title}” is thin: claims and sections nobody has taken up, critiques the author has left waiting,
          and who has taken part.
        </p>
      </header>
      <ReadingSettingsForm
        slug={essay.slug}
        settings={{
          discussion: essay.reading.discussion,
          opensAt: essay.reading.opensAt?.toISOString() ?? null,
          closesAt: essay.reading.closesAt?.toISOString() ?? null,
          postBeforeSee: essay.reading.postBeforeSee,
          opinionMapMinRatings: essay.opinionMapMinRatings,
        }}
      />
      <FacilitatorView slug={essay.slug} view={view} positions={positions} now={Date.now()} />
      {view.authorInvite ? <AuthorInvite {...view.authorInvite} authorName={essay.authorName} /> : null}
    </div>
  );
}
