import type { listAuthorResponsesForViewer } from '@/lib/server/queries/author/get-author-desk';
import { CritiqueStateButtons } from '@/components/author/critique-state-buttons';
import { type TCritiqueState } from '@/components/author/labels';
import { CARD } from '@/components/ui/field-styles';
import { ResponseMeta, RevisionDiff } from '@/components/author/response-parts';

export type TPublicResponse = Awaited<ReturnType<typeof listAuthorResponsesForViewer>>[number];

function answered(critique: TPublicResponse['critique'], isMine: boolean): string {
  if (critique.type === 'claim') return 'In answer to low agreement ratings of a claim';
  const whose = isMine ? 'your' : `${critique.critic ?? 'a reader'}’s`;
  return `In answer to ${whose} ${critique.type === 'argument' ? 'argument' : 'question'}`;
}

/** One of the author's responses as every reader sees it; the critic also gets Accept / Reopen. */
export function PublicResponse({ response }: { response: TPublicResponse }) {
  const { critique } = response;
  return (
    <article
      id={`response-${response.id}`}
      className={CARD}
      data-testid="author-response"
      data-response-id={response.id}
      data-state={response.state.toLowerCase()}
    >
      <ResponseMeta status={response.status} state={response.state} createdAt={response.createdAt} name={response.authorName} />
      <p className="user-text mt-3 whitespace-pre-line">{response.body}</p>
      <figure className="mt-3 text-sm">
        <figcaption className="text-stone-500">{answered(critique, response.isMine)}</figcaption>
        {critique.type === 'claim' ? null : (
          <blockquote className="mt-1 whitespace-pre-line border-l-4 border-sky-300 pl-3 text-stone-700" data-testid="answered-critique">
            {critique.text}
          </blockquote>
        )}
      </figure>
      <RevisionDiff revisionNumber={response.revisionNumber} diffs={response.diffs} />
      {response.isMine && critique.type !== 'claim' ? (
        <CritiqueStateButtons responseId={response.id} state={response.state as TCritiqueState} />
      ) : null}
    </article>
  );
}
