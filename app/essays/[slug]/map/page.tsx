import { ReadingStatus } from '@/components/essay/reading-status';
import type { Metadata } from 'next';
import { Link } from '@/components/ui/link';
import { ArgumentMap } from '@/components/argument-map/argument-map';
import type { TMapData } from '@/components/argument-map/map-data';
import { loadDebateForViewer } from '@/lib/server/http/page-loaders';

export const dynamic = 'force-dynamic';

type TProps = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: TProps): Promise<Metadata> {
  return { title: `Argument map · ${(await loadDebateForViewer((await params).slug)).essay.title}` };
}

export default async function ArgumentMapPage({ params }: TProps) {
  const debate = await loadDebateForViewer((await params).slug);
  // Only what the map draws and explains (the query already withheld hidden words and unrated
  // claims' strengths). Arguments whose claim a revision dropped have no place on this map.
  const weights = new Map(debate.graph.edges.map((e) => [e.from, e.weight]));
  const data: TMapData = {
    slug: debate.essay.slug,
    title: debate.essay.title,
    claims: debate.claims.map((c) => ({
      id: c.id,
      text: c.text,
      order: c.order,
      sectionOrder: c.sectionOrder,
      section: c.section,
      strength: c.strength,
      base: c.base,
    })),
    arguments: debate.arguments
      .filter((a) => a.placement !== 'DETACHED')
      .map((a) => ({
        id: a.id,
        text: a.text,
        stance: a.stance,
        attackKind: a.attackKind,
        targetClaimId: a.targetClaimId,
        targetArgumentId: a.targetArgumentId,
        strength: a.strength,
        impact: { mean: a.impact.mean, count: a.impact.count },
        base: a.base,
        weight: weights.get(a.id) ?? 1,
      })),
  };
  return (
    <div className="space-y-4">
      <nav aria-label="Breadcrumb" className="text-sm">
        <Link href={`/essays/${debate.essay.slug}`} className="underline underline-offset-4">
          ← Back to the essay
        </Link>
      </nav>
      <h1 className="font-serif text-3xl font-semibold">Argument map: {debate.essay.title}</h1>
      <ReadingStatus reading={debate.access.reading} seesOthers={debate.access.seesOthers} now={new Date()} />
      <ArgumentMap data={data} />
    </div>
  );
}
