import { Link } from '@/components/ui/link';
import { describeImpact } from '@/components/argument/labels';
import type { TCruxArgument, TOpinionMapView } from '@/lib/server/queries/opinion/get-opinion-map-for-viewer';
import { GroupVotes } from './group-votes';

type TCruxes = Extract<TOpinionMapView, { state: 'open' }>['cruxes'];

function ArgumentSide({ title, items, slug, claimId }: { title: string; items: TCruxArgument[]; slug: string; claimId: string }) {
  return (
    <div>
      <h4 className="text-xs font-semibold uppercase tracking-wide text-stone-500">{title}</h4>
      {items.length === 0 ? (
        <p className="text-sm text-stone-500">
          None yet —{' '}
          <Link href={`/essays/${slug}/claims/${claimId}`} className="underline underline-offset-4">
            make the case
          </Link>
          .
        </p>
      ) : (
        <ul className="space-y-1.5">
          {items.map((a) => (
            <li key={a.id} className="text-sm">
              <span className="font-serif">{a.text}</span>
              <span className="block text-xs text-stone-500">
                {describeImpact({ mean: a.impact.mean, count: a.impact.votes })}
                {a.endorsedBy.length > 0 ? ` · endorsed by ${a.endorsedBy.map((e) => `${e.count} in group ${e.label}`).join(', ')}` : ''}
              </span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

/**
 * Cruxes: claims the groups split on, each with every group's ratings and the strongest
 * arguments on each side. The claim's page is where the split gets argued out.
 */
export function CruxList({ cruxes, slug }: { cruxes: TCruxes; slug: string }) {
  return (
    <ol className="space-y-4" aria-label="Cruxes">
      {cruxes.map((crux) => (
        <li key={crux.claim.id} className="rounded border border-stone-200 bg-white p-4" data-testid="crux">
          <p className="text-xs text-stone-500">
            Claim {crux.claim.number} · group {crux.agreeing} leans to agree, group {crux.disagreeing} to disagree
          </p>
          <Link href={`/essays/${slug}/claims/${crux.claim.id}`} className="font-serif text-lg underline-offset-4 hover:underline">
            {crux.claim.text}
          </Link>
          <div className="mt-2">
            <GroupVotes groups={crux.groups} />
          </div>
          <div className="mt-3 grid gap-3 sm:grid-cols-2">
            <ArgumentSide title="Strongest for" items={crux.for} slug={slug} claimId={crux.claim.id} />
            <ArgumentSide title="Strongest against" items={crux.against} slug={slug} claimId={crux.claim.id} />
          </div>
        </li>
      ))}
    </ol>
  );
}
