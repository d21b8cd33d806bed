import { AddArgumentForm } from './add-argument-form';
import { countReplies, type TArgumentThread } from './argument-thread';
import { ImpactVote } from './impact-vote';
import { describeImpact, percent, RELATION_LABELS } from './labels';

// Replies deeper than this are folded away until asked for, so a long exchange does not push
// the rest of the page out of reach.
const OPEN_LEVELS = 3;

const BADGE: Record<TArgumentThread['relation'], string> = {
  SUPPORT: 'border-green-700 bg-green-50 text-green-900',
  REBUT: 'border-red-700 bg-red-50 text-red-900',
  UNDERCUT: 'border-orange-700 bg-orange-50 text-orange-900',
};

type TProps = { thread: TArgumentThread; level: number; slug: string; canParticipate: boolean };

/** One argument with its text, elaboration (folded), impact, strength, vote, reply forms and replies. */
export function ArgumentCard({ thread, level, slug, canParticipate }: TProps) {
  const { argument, relation, replies } = thread;
  const titleId = `argument-${argument.id}-text`;
  return (
    <li
      id={`argument-${argument.id}`}
      data-testid="argument"
      data-argument-id={argument.id}
      data-relation={relation}
      className="scroll-mt-6"
    >
      <article aria-labelledby={titleId} className="rounded border border-stone-200 bg-white p-3">
        <p className="flex flex-wrap items-center gap-2 text-xs text-stone-500">
          {/* The word carries the meaning; the colour only repeats it. */}
          <span className={`rounded border px-1.5 py-0.5 font-medium ${BADGE[relation]}`} data-testid="argument-badge">
            {RELATION_LABELS[relation]}
          </span>
          <span>by {argument.author.name}</span>
        </p>
        {argument.isHidden ? (
          <p id={titleId} className="mt-2 italic text-stone-500" data-testid="argument-text">
            Hidden by a moderator.
          </p>
        ) : (
          <>
            <p id={titleId} className="user-text mt-2 font-medium leading-snug" data-testid="argument-text">
              {argument.text}
            </p>
            {argument.elaboration ? (
              <details className="mt-1 text-sm">
                <summary className="cursor-pointer text-stone-600">Elaboration</summary>
                <p className="user-text mt-1 whitespace-pre-line text-stone-800">{argument.elaboration}</p>
              </details>
            ) : null}
          </>
        )}
        <p className="mt-2 text-xs text-stone-600">
          <span data-testid="argument-impact">{describeImpact(argument.impact)}</span> · strength{' '}
          <strong className="tabular-nums" data-testid="argument-strength">
            {argument.strength === null ? 'not counted' : percent(argument.strength)}
          </strong>
        </p>
        {canParticipate && !argument.isHidden ? (
          <>
            <ImpactVote argumentId={argument.id} />
            <div className="flex flex-wrap gap-2">
              <AddArgumentForm slug={slug} target={{ type: 'argument', id: argument.id }} stance="SUPPORT" openLabel="Add for" />
              <AddArgumentForm slug={slug} target={{ type: 'argument', id: argument.id }} stance="ATTACK" openLabel="Add against" />
            </div>
          </>
        ) : null}
      </article>
      {replies.length > 0 ? (
        level < OPEN_LEVELS ? (
          <Replies replies={replies} level={level} slug={slug} canParticipate={canParticipate} />
        ) : (
          <details className="ml-4 mt-2 text-sm">
            <summary className="cursor-pointer text-stone-700 underline underline-offset-4">
              Show {countReplies(thread)} more {countReplies(thread) === 1 ? 'reply' : 'replies'}
            </summary>
            <Replies replies={replies} level={level} slug={slug} canParticipate={canParticipate} />
          </details>
        )
      ) : null}
    </li>
  );
}

function Replies({
  replies,
  level,
  slug,
  canParticipate,
}: {
  replies: TArgumentThread[];
  level: number;
  slug: string;
  canParticipate: boolean;
}) {
  return (
    <ul aria-label="Replies" className="ml-4 mt-2 space-y-2 border-l-2 border-stone-200 pl-3">
      {replies.map((reply) => (
        <ArgumentCard key={reply.argument.id} thread={reply} level={level + 1} slug={slug} canParticipate={canParticipate} />
      ))}
    </ul>
  );
}
