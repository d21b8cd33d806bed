import { ResponseMeta, RevisionDiff } from '@/components/author/response-parts';
import { statusLabel } from '@/components/author/labels';
import type { TDigest } from '@/lib/domain/digest/types';
import { DigestSection } from './digest-section';

function answered(critique: TDigest['responses']['concessionsAndRevisions'][number]['critique']): string {
  if (critique.type === 'claim') return 'In answer to low agreement ratings of a claim';
  const whose = critique.critic ? ` by ${critique.critic}` : '';
  return `In answer to ${critique.type === 'argument' ? 'an argument' : 'a question'}${whose}`;
}

/** Where the author gave ground: concessions, and revisions with the words they changed. */
export function ResponsesSection({ responses }: { responses: TDigest['responses'] }) {
  return (
    <DigestSection id="responses" title="The author’s concessions and revisions">
      <p className="text-stone-700" data-testid="responses-by-status">
        {responses.byStatus.length === 0
          ? 'The author has not answered any critique yet.'
          : `Answers by status: ${responses.byStatus.map((s) => `${statusLabel(s.status)} ${s.count}`).join(', ')}.`}
      </p>
      <ol className="space-y-4">
        {responses.concessionsAndRevisions.map((r) => (
          <li key={r.id} className="break-inside-avoid border-t border-stone-200 pt-4" data-testid="digest-response">
            <ResponseMeta status={r.status} state={r.state} createdAt={r.createdAt} />
            <p className="user-text mt-2 whitespace-pre-line">{r.body}</p>
            <figure className="mt-2 text-sm">
              <figcaption className="text-stone-500">{answered(r.critique)}</figcaption>
              {r.critique.type === 'claim' ? null : (
                <blockquote className="mt-1 whitespace-pre-line border-l-4 border-sky-300 pl-3 text-stone-700">
                  {r.critique.text}
                </blockquote>
              )}
            </figure>
            <RevisionDiff revisionNumber={r.revisionNumber} diffs={r.diffs} />
          </li>
        ))}
      </ol>
    </DigestSection>
  );
}
