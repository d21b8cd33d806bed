import { Link } from '@/components/ui/link';
import { CARD } from '@/components/ui/field-styles';
import type { TOpinionMapView } from '@/lib/server/queries/opinion/get-opinion-map-for-viewer';
import { CruxList } from './crux-list';
import { GroupVotes } from './group-votes';
import { groupColor } from './group-colors';
import { OpinionMapChart } from './opinion-map-chart';

type TOpen = Extract<TOpinionMapView, { state: 'open' }>;

/** Why there is no map to draw: nothing computed yet, or no grouping with every group of three or more. */
function NoGroups({ map }: { map: TOpen }) {
  return (
    <section className={`${CARD} max-w-2xl`}>
      <h2 className="font-serif text-xl font-semibold">No opinion groups yet</h2>
      <p className="mt-1 text-stone-700">
        {map.computedAt === null
          ? 'The map is being worked out from the latest ratings: reload in a moment.'
          : 'Not enough readers have rated enough claims to form groups of at least three people. Groups appear as more of the cohort rates.'}
      </p>
    </section>
  );
}

/** The opinion map once the viewer may see it: the drawing, who is in which group, cruxes and common ground. */
export function OpinionMapView({ map }: { map: TOpen }) {
  const slug = map.essay.slug;
  if (map.groups.length === 0) return <NoGroups map={map} />;
  return (
    <div className="grid gap-6 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
      <div className="space-y-4">
        <OpinionMapChart groups={map.groups} members={map.members} />
        {map.viewer.isPlaced ? null : (
          <p className="text-sm text-stone-600">
            You are not on the map yet: readers are placed once they have rated {map.viewer.minRatingsToPlace} claims.
          </p>
        )}
        {map.isStale ? <p className="text-xs text-stone-500">Ratings changed since this map was drawn; it is being updated.</p> : null}
        <section aria-labelledby="groups-title" className="space-y-3">
          <h2 id="groups-title" className="font-serif text-2xl font-semibold">
            Groups
          </h2>
          {map.groups.map((group) => {
            const members = map.members.filter((m) => m.group === group.label);
            const stands = map.representative.find((r) => r.label === group.label)?.claims ?? [];
            return (
              <div key={group.label} className={CARD} data-testid="opinion-group">
                <h3 className="font-semibold" style={{ color: groupColor(group.label).stroke }}>
                  Group {group.label} · {group.size} {group.size === 1 ? 'member' : 'members'}
                  {map.viewer.group === group.label ? ' · your group' : ''}
                </h3>
                <p className="mt-1 text-sm text-stone-700">{members.map((m) => (m.isViewer ? 'You' : m.person.name)).join(', ')}</p>
                {stands.length > 0 ? (
                  <ul className="mt-2 space-y-1 text-sm">
                    {stands.map((s) => (
                      <li key={s.claim.id}>
                        <span className="text-stone-500">
                          {Math.round(s.share * 100)}% {s.repfulFor === 'agree' ? 'agree' : 'disagree'}:
                        </span>{' '}
                        <Link href={`/essays/${slug}/claims/${s.claim.id}`} className="font-serif underline-offset-4 hover:underline">
                          {s.claim.text}
                        </Link>
                      </li>
                    ))}
                  </ul>
                ) : null}
              </div>
            );
          })}
        </section>
      </div>
      <div className="space-y-6">
        <section aria-labelledby="cruxes-title" className="space-y-2">
          <h2 id="cruxes-title" className="font-serif text-2xl font-semibold">
            Cruxes
          </h2>
          <p className="text-sm text-stone-600">Claims the groups split on, among the claims you have rated.</p>
          {map.cruxes.length === 0 ? (
            <p className="text-sm text-stone-500">No crux among the claims you have rated.</p>
          ) : (
            <CruxList cruxes={map.cruxes} slug={slug} />
          )}
        </section>
        <section aria-labelledby="common-ground-title" className="space-y-2">
          <h2 id="common-ground-title" className="font-serif text-2xl font-semibold">
            Common ground
          </h2>
          <p className="text-sm text-stone-600">Claims every group leans to agree with, among the claims you have rated.</p>
          {map.commonGround.length === 0 ? (
            <p className="text-sm text-stone-500">No common ground among the claims you have rated.</p>
          ) : (
            <ol className="space-y-3" aria-label="Common ground">
              {map.commonGround.map((c) => (
                <li key={c.claim.id} className="rounded border border-stone-200 bg-white p-3">
                  <Link href={`/essays/${slug}/claims/${c.claim.id}`} className="font-serif underline-offset-4 hover:underline">
                    {c.claim.text}
                  </Link>
                  <div className="mt-1">
                    <GroupVotes groups={c.groups} />
                  </div>
                </li>
              ))}
            </ol>
          )}
        </section>
      </div>
    </div>
  );
}
