import { Link } from '@/components/ui/link';
import type { ReactNode } from 'react';
import type { getFacilitatorView } from '@/lib/server/queries/facilitator/get-facilitator-view';
import { CARD, LINK } from '@/components/ui/field-styles';
import { DaysForm } from '@/components/facilitator/days-form';
import { ParticipationTable } from '@/components/facilitator/participation-table';

export type TFacilitatorView = Awaited<ReturnType<typeof getFacilitatorView>>;

const DAY_MS = 24 * 3600 * 1000;

type TProps = {
  slug: string;
  view: TFacilitatorView;
  /** Claim number (1-based, in essay order) per claim id. */
  positions: ReadonlyMap<string, number>;
  /** When the page was rendered, for "N days ago". */
  now: number;
};

function waited(now: number, createdAt: string): string {
  const days = Math.floor((now - Date.parse(createdAt)) / DAY_MS);
  return `${days} ${days === 1 ? 'day' : 'days'}`;
}

function Panel({ id, title, count, children }: { id: string; title: string; count?: number; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className={CARD} data-testid={id}>
      <h2 id={id} className="font-semibold">
        {title}
        {count === undefined ? null : <span className="font-normal text-stone-500"> ({count.toLocaleString('en')})</span>}
      </h2>
      <div className="mt-3">{children}</div>
    </section>
  );
}

/** Where the discussion is thin: untouched claims and sections, critiques left waiting, quiet members. */
export function FacilitatorView({ slug, view, positions, now }: TProps) {
  return (
    <div className="grid gap-6 lg:grid-cols-2">
      <Panel
        id="unanswered-critiques"
        title={`Critiques unanswered for more than ${view.days} ${view.days === 1 ? 'day' : 'days'}`}
        count={view.unansweredCritiqueCount}
      >
        <DaysForm days={view.days} />
        {view.unansweredCritiques.length === 0 ? (
          <p className="mt-3 text-sm text-stone-600">None: the author has answered every critique older than that.</p>
        ) : (
          <ul className="mt-3 space-y-3 text-sm">
            {view.unansweredCritiqueCount > view.unansweredCritiques.length ? (
              <li className="text-stone-600" data-testid="unanswered-critiques-shown">
                The {view.unansweredCritiques.length} that have waited longest, of {view.unansweredCritiqueCount.toLocaleString('en')}.
              </li>
            ) : null}
            {view.unansweredCritiques.map((critique) => (
              <li key={`${critique.type}:${critique.id}`} data-testid="unanswered-critique">
                <p className="text-stone-500">
                  {critique.type === 'argument' ? 'Argument against' : 'Question'} · waiting {waited(now, critique.createdAt)}
                </p>
                <p className="whitespace-pre-line">{critique.text}</p>
              </li>
            ))}
          </ul>
        )}
      </Panel>
      <Panel id="uncritiqued-claims" title="Claims nobody has critiqued" count={view.uncritiquedClaims.length}>
        {view.uncritiquedClaims.length === 0 ? (
          <p className="text-sm text-stone-600">Every claim has drawn at least one rebuttal or question.</p>
        ) : (
          <ul className="max-h-96 space-y-1 overflow-y-auto text-sm">
            {view.uncritiquedClaims.map((claim) => (
              <li key={claim.id} data-testid="uncritiqued-claim">
                <Link href={`/essays/${slug}/claims/${claim.id}`} className={`${LINK} font-medium`}>
                  Claim {positions.get(claim.id) ?? '?'}
                </Link>{' '}
                <span className="font-serif text-stone-700">{claim.text}</span>
              </li>
            ))}
          </ul>
        )}
      </Panel>
      <Panel id="unannotated-sections" title="Sections nobody has annotated" count={view.unannotatedSections.length}>
        {view.unannotatedSections.length === 0 ? (
          <p className="text-sm text-stone-600">Every section has at least one note.</p>
        ) : (
          <ul className="list-inside list-disc space-y-1 text-sm">
            {view.unannotatedSections.map((section) => (
              <li key={section.id} data-testid="unannotated-section">
                {section.title}
              </li>
            ))}
          </ul>
        )}
      </Panel>
      <Panel id="participation-panel" title="Participation">
        <ParticipationTable rows={view.participation} />
      </Panel>
    </div>
  );
}
