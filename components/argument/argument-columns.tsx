import { AddArgumentForm } from './add-argument-form';
import { ArgumentCard } from './argument-card';
import type { TArgumentThread } from './argument-thread';

type TProps = { slug: string; claimId: string; pros: TArgumentThread[]; cons: TArgumentThread[]; canParticipate: boolean };

/** The arguments about a claim in two columns, For and Against, each most impactful first. */
export function ArgumentColumns({ slug, claimId, pros, cons, canParticipate }: TProps) {
  const columns = [
    {
      key: 'for',
      title: 'For',
      stance: 'SUPPORT' as const,
      threads: pros,
      empty: 'No arguments for this claim yet.',
      add: 'Add an argument for',
    },
    {
      key: 'against',
      title: 'Against',
      stance: 'ATTACK' as const,
      threads: cons,
      empty: 'No arguments against this claim yet.',
      add: 'Add an argument against',
    },
  ];
  return (
    <div className="grid gap-6 md:grid-cols-2">
      {columns.map((column) => (
        <section key={column.key} aria-labelledby={`column-${column.key}`} data-testid={`arguments-${column.key}`}>
          <h2
            id={`column-${column.key}`}
            className={`border-b-2 pb-1 text-lg font-semibold ${column.stance === 'SUPPORT' ? 'border-green-700' : 'border-red-700'}`}
          >
            {column.title} <span className="text-sm font-normal text-stone-500">({column.threads.length})</span>
          </h2>
          {canParticipate ? (
            <AddArgumentForm slug={slug} target={{ type: 'claim', id: claimId }} stance={column.stance} openLabel={column.add} />
          ) : null}
          {column.threads.length === 0 ? (
            <p className="mt-3 text-sm text-stone-500">{column.empty}</p>
          ) : (
            <ul className="mt-3 space-y-3">
              {column.threads.map((thread) => (
                <ArgumentCard key={thread.argument.id} thread={thread} level={1} slug={slug} canParticipate={canParticipate} />
              ))}
            </ul>
          )}
        </section>
      ))}
    </div>
  );
}
