import type { TCritique } from '@/lib/server/queries/author/get-author-desk';
import { BADGE, CARD } from '@/components/ui/field-styles';
import { RespondForm, type TClaimChoice } from '@/components/author/respond-form';
import { ResponseMeta, RevisionDiff } from '@/components/author/response-parts';

export type TCritiqueStatus = 'open' | 'reopened' | 'answered' | 'accepted';

/** Where a critique stands: unanswered or reopened ones are open; the critic's last verdict otherwise. */
export function critiqueStatus(critique: TCritique): TCritiqueStatus {
  const last = critique.responses.at(-1);
  if (!last) return 'open';
  if (last.state === 'REOPENED') return 'reopened';
  return last.state === 'ACCEPTED' ? 'accepted' : 'answered';
}

const STATUS_VIEW: Record<TCritiqueStatus, { label: string; className: string }> = {
  open: { label: 'Open', className: 'bg-red-50 text-red-900 ring-red-300' },
  reopened: { label: 'Reopened', className: 'bg-orange-50 text-orange-900 ring-orange-300' },
  answered: { label: 'Answered', className: 'bg-stone-100 text-stone-700 ring-stone-300' },
  accepted: { label: 'Accepted', className: 'bg-green-50 text-green-900 ring-green-300' },
};

type TProps = {
  slug: string;
  critique: TCritique;
  /** "Rebuttal argument", "Question note", … */
  typeLabel: string;
  /** The critique's claims in the current revision, numbered as the essay numbers them. */
  claims: TClaimChoice[];
};

/** One critique on the desk: what it says, what it is about, who raised it, the author's answers so far. */
export function CritiqueCard({ slug, critique, typeLabel, claims }: TProps) {
  const status = critiqueStatus(critique);
  const view = STATUS_VIEW[status];
  return (
    <article
      id={`critique-${critique.type}-${critique.id}`}
      className={CARD}
      data-testid="critique"
      data-critique-id={critique.id}
      data-status={status}
      aria-label={`${typeLabel} by ${critique.critic ?? 'the readers'}`}
    >
      <p className="flex flex-wrap items-center gap-2 text-sm">
        <span data-testid="critique-type" className={`${BADGE} bg-sky-50 text-sky-900 ring-1 ring-sky-300`}>
          {typeLabel}
        </span>
        <span data-testid="critique-status" className={`${BADGE} ring-1 ${view.className}`}>
          {view.label}
        </span>
        <span className="text-stone-600">
          by <span className="font-medium text-stone-900">{critique.critic ?? 'the readers’ ratings'}</span>
        </span>
        <span className="text-stone-600" data-testid="critique-impact">
          · impact {critique.impact.toFixed(1)} of 4
        </span>
      </p>
      <p className="mt-3 whitespace-pre-line text-base">{critique.text}</p>
      <About critique={critique} claims={claims} />
      {critique.responses.length > 0 ? (
        <section aria-label="Your responses" className="mt-4 border-t border-stone-200 pt-3">
          <ol className="space-y-3">
            {critique.responses.map((response) => (
              <li key={response.id} id={`response-${response.id}`} data-testid="desk-response" data-response-id={response.id}>
                <ResponseMeta status={response.status} state={response.state} createdAt={response.createdAt} />
                <p className="user-text mt-1 whitespace-pre-line text-sm">{response.body}</p>
                <RevisionDiff revisionNumber={response.revisionNumber} diffs={response.diffs} />
              </li>
            ))}
          </ol>
        </section>
      ) : null}
      <RespondForm slug={slug} critique={{ type: critique.type, id: critique.id }} claims={claims} />
    </article>
  );
}

/** The claim, passage or argument the critique is about. */
function About({ critique, claims }: { critique: TCritique; claims: TClaimChoice[] }) {
  const names = claims.map((c) => c.label.toLowerCase()).join(', ');
  const heading =
    critique.type === 'annotation'
      ? `About the passage${names ? ` (${names})` : ''}`
      : claims.length > 0
        ? `About ${names}`
        : critique.type === 'argument'
          ? 'About the argument'
          : 'About a claim no longer in the essay';
  if (!critique.context) return <p className="mt-3 text-sm text-stone-500">{heading}</p>;
  return (
    <figure className="mt-3 text-sm">
      <figcaption className="text-stone-500">{heading}</figcaption>
      <blockquote className="mt-1 border-l-4 border-amber-400 pl-3 font-serif text-base leading-7" data-testid="critique-context">
        {critique.context}
      </blockquote>
    </figure>
  );
}
