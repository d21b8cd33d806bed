import { Link } from '@/components/ui/link';
import { BADGE } from '@/components/ui/field-styles';
import { essayPhase, essayStatusLabel, type TEssayPhase } from '@/lib/domain/reading/essay-status';
import type { TCohortEssay } from '@/lib/server/queries/cohort/list-cohort-essays-for-viewer';

const PHASE_STYLE: Record<TEssayPhase['kind'], string> = {
  DRAFT: 'bg-amber-100 text-amber-900',
  OPENS_LATER: 'bg-sky-50 text-sky-900',
  OPEN: 'bg-emerald-50 text-emerald-900',
  CLOSED: 'bg-stone-200 text-stone-700',
};

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

type TProps = { essays: TCohortEssay[]; memberCount: number; now: Date };

/** The cohort home's essays: status, how far the cohort has got with each, and where it argues most. */
export function CohortEssayList({ essays, memberCount, now }: TProps) {
  if (essays.length === 0) return <p className="mt-2 text-stone-600">No essays yet.</p>;
  const ofMembers = `of ${plural(memberCount, 'member')}`;
  return (
    <ul className="mt-2 divide-y divide-stone-200" data-testid="essay-list">
      {essays.map((essay) => {
        const phase = essayPhase(essay, now);
        // A draft (staff only) has no readers yet: it links to its preview, where it is published.
        const isDraft = phase.kind === 'DRAFT';
        const figures = essay.discussionFigures;
        return (
          <li key={essay.slug} className="py-3" data-testid="cohort-essay" data-essay={essay.slug}>
            <div className="flex flex-wrap items-baseline gap-x-2">
              <Link href={isDraft ? `/essays/${essay.slug}/draft` : `/essays/${essay.slug}`} className="font-serif text-lg hover:underline">
                {essay.title}
              </Link>
              <span className="text-sm text-stone-600">· {essay.authorName}</span>
              <span className={`${BADGE} ${PHASE_STYLE[phase.kind]}`} data-testid="essay-status">
                {essayStatusLabel(phase)}
              </span>
            </div>
            {isDraft ? (
              <p className="mt-1 text-sm text-stone-600">Only owners and moderators see it until it is published.</p>
            ) : (
              <dl className="mt-1 flex flex-wrap gap-x-4 text-sm text-stone-600">
                <div className="flex gap-1" data-testid="essay-readers">
                  <dt>Read by</dt>{' '}
                  <dd>
                    {essay.readers} {ofMembers}
                  </dd>
                </div>
                {figures ? (
                  <>
                    <div className="flex gap-1" data-testid="essay-annotators">
                      <dt>Annotated by</dt>{' '}
                      <dd>
                        {figures.annotators} {ofMembers}
                      </dd>
                    </div>
                    <div className="flex gap-1" data-testid="essay-open-critiques">
                      <dt>Open critiques</dt> <dd>{figures.openCritiques}</dd>
                    </div>
                  </>
                ) : null}
              </dl>
            )}
            {!isDraft && figures?.contestedClaim ? (
              <p className="mt-1 text-sm" data-testid="essay-contested">
                <span className="text-stone-600">Most contested: </span>
                <Link href={`/essays/${essay.slug}/claims/${figures.contestedClaim.id}`} className="font-serif hover:underline">
                  “{figures.contestedClaim.text}”
                </Link>
                <span className="text-stone-600">
                  {' '}
                  ({plural(figures.contestedClaim.counterArguments, 'counter-argument')},{' '}
                  {plural(figures.contestedClaim.questions, 'question')})
                </span>
              </p>
            ) : null}
            {!isDraft && figures === null ? (
              <p className="mt-1 text-sm text-stone-500" data-testid="essay-figures-withheld">
                Post your first note on this essay to see how the cohort is discussing it.
              </p>
            ) : null}
          </li>
        );
      })}
    </ul>
  );
}
