import type { Metadata } from 'next';
import { EssayBreadcrumb } from '@/components/essay/essay-breadcrumb';
import { cache } from 'react';
import { OpinionMapLocked } from '@/components/opinion-map/opinion-map-locked';
import { OpinionMapView } from '@/components/opinion-map/opinion-map-view';
import { getViewer } from '@/lib/server/auth/viewer';
import { loadOrNotFound } from '@/lib/server/http/load-or-not-found';
import { getOpinionMapForViewer } from '@/lib/server/queries/opinion/get-opinion-map-for-viewer';

export const dynamic = 'force-dynamic';

type TProps = { params: Promise<{ slug: string }> };

// The page and its title share one load (React cache): the map is read once per request.
const loadOpinionMap = cache(async (slug: string) => {
  const viewer = await getViewer();
  return loadOrNotFound(() => getOpinionMapForViewer(viewer?.id ?? null, slug));
});

export async function generateMetadata({ params }: TProps): Promise<Metadata> {
  return { title: `Opinion map · ${(await loadOpinionMap((await params).slug)).essay.title}` };
}

export default async function OpinionMapPage({ params }: TProps) {
  const map = await loadOpinionMap((await params).slug);
  return (
    <div className="space-y-6">
      <header>
        <EssayBreadcrumb slug={map.essay.slug} title={map.essay.title} next={[{ path: 'map', label: 'Argument map' }]} />
        <h1 className="mt-3 font-serif text-3xl font-semibold">Opinion map: {map.essay.title}</h1>
        <p className="mt-2 max-w-3xl text-stone-600">
          Readers grouped by how they rated the essay’s claims, the way Pol.is groups votes: people who rate alike sit close together. Names
          are as the cohort shows them.
        </p>
      </header>
      {map.state === 'locked' ? (
        <OpinionMapLocked slug={map.essay.slug} minRatings={map.minRatings} rated={map.rated} isSignedIn={map.isSignedIn} />
      ) : (
        <OpinionMapView map={map} />
      )}
    </div>
  );
}
