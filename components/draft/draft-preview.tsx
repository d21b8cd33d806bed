'use client';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import type { TDraftClaimView, TDraftView } from '@/lib/server/queries/draft/get-draft-for-viewer';
import { mergeDraftClaims, publishDraft, splitDraftClaim } from '@/components/draft/draft-api';
import { DraftDetailsForm } from '@/components/draft/draft-details-form';
import { AuthorInvite } from '@/components/draft/author-invite';
import { CARD, PRIMARY, SECONDARY } from '@/components/ui/field-styles';
import { FormError } from '@/components/ui/form-error';
import { useSubmit } from '@/components/ui/use-submit';

/** Where a claim may be cut: before each word but the first, as offsets into the whole text. */
function wordsOf(claim: TDraftClaimView): { word: string; at: number; isFirst: boolean }[] {
  return [...claim.text.matchAll(/\S+/g)].map((m, i) => ({ word: m[0], at: claim.start + m.index, isFirst: i === 0 }));
}

/**
 * The draft preview's working part: details, every claim numbered in its section, merge a claim
 * with the next one, split a claim between two words, publish. Each change answers the draft as
 * it now is, which replaces what is shown.
 */
export function DraftPreview({ initial }: { initial: TDraftView }) {
  const router = useRouter();
  const [draft, setDraft] = useState(initial);
  const [splitting, setSplitting] = useState<string | null>(null);
  const { isBusy, error, run } = useSubmit();
  const publishing = useSubmit({ isBusyAfterSuccess: true });

  const merge = (first: string, second: string) =>
    run(
      () => mergeDraftClaims(draft.slug, first, second),
      (data) => setDraft(data.draft),
    );
  const split = (claimId: string, at: number) =>
    run(
      () => splitDraftClaim(draft.slug, claimId, at),
      (data) => {
        setDraft(data.draft);
        setSplitting(null);
      },
    );
  const publish = () =>
    publishing.run(
      () => publishDraft(draft.slug),
      (data) => router.push(`/essays/${data.essay.slug}`),
    );

  const claimCount = draft.sections.reduce((n, s) => n + s.claims.length, 0);
  return (
    <div className="space-y-6">
      <DraftDetailsForm
        draft={draft}
        onSaved={(saved) => {
          setDraft(saved);
          // The page's heading shows the title and author too.
          router.refresh();
        }}
      />

      <section aria-labelledby="claims-title" className={CARD}>
        <h2 id="claims-title" className="font-serif text-xl font-semibold">
          Claims as parsed ({claimCount})
        </h2>
        <p className="mt-1 text-sm text-stone-600">
          The sentence splitter guesses where claims end. Merge a claim with the next one in its section, or split one: choose “Split”, then
          click the gap between two words where the new claim should begin.
        </p>
        <FormError error={error} testId="draft-error" />
        {draft.sections.map((section) => (
          <div key={section.id} className="mt-4" data-testid="draft-section">
            <h3 className="font-serif text-lg font-semibold">{section.title ?? `Section ${section.order + 1}`}</h3>
            <ol className="mt-2 space-y-2">
              {section.claims.map((claim, i) => {
                const next = section.claims[i + 1];
                const isSplitting = splitting === claim.id;
                return (
                  <li key={claim.id} className="rounded border border-stone-200 p-3" data-testid="draft-claim" data-claim-id={claim.id}>
                    <div className="flex gap-3">
                      <span className="w-8 shrink-0 text-right font-mono text-sm text-stone-500" data-testid="claim-number">
                        {claim.number}.
                      </span>
                      <p className="grow font-serif" data-testid="claim-text">
                        {isSplitting
                          ? wordsOf(claim).map(({ word, at, isFirst }) => (
                              <span key={at}>
                                {isFirst ? null : (
                                  <button
                                    type="button"
                                    disabled={isBusy}
                                    onClick={() => void split(claim.id, at)}
                                    aria-label={`Split claim ${claim.number} before “${word}”`}
                                    className="mx-0.5 rounded bg-amber-100 px-1 text-amber-900 hover:bg-amber-300"
                                  >
                                    ✂
                                  </button>
                                )}
                                {word}
                              </span>
                            ))
                          : claim.text}
                      </p>
                    </div>
                    <div className="mt-2 flex gap-2 pl-11 text-sm">
                      <button
                        type="button"
                        className={SECONDARY}
                        disabled={isBusy}
                        onClick={() => setSplitting(isSplitting ? null : claim.id)}
                        aria-pressed={isSplitting}
                      >
                        {isSplitting ? 'Cancel split' : `Split claim ${claim.number}`}
                      </button>
                      {next ? (
                        <button type="button" className={SECONDARY} disabled={isBusy} onClick={() => void merge(claim.id, next.id)}>
                          Merge claims {claim.number} and {next.number}
                        </button>
                      ) : null}
                    </div>
                  </li>
                );
              })}
            </ol>
          </div>
        ))}
      </section>

      {draft.canInviteAuthor ? (
        <AuthorInvite
          cohortId={draft.cohort.id}
          essayId={draft.id}
          authorName={draft.authorName}
          hasAuthorAccount={draft.hasAuthorAccount}
        />
      ) : null}

      <section aria-labelledby="publish-title" className={CARD}>
        <h2 id="publish-title" className="font-serif text-xl font-semibold">
          Publish
        </h2>
        <p className="mt-1 text-sm text-stone-600">
          Publishing shows the essay to everyone in {draft.cohort.name}. Its claims can no longer be merged or split afterwards.
        </p>
        <FormError error={publishing.error} testId="publish-error" />
        <button type="button" className={`${PRIMARY} mt-3`} disabled={publishing.isBusy || isBusy} onClick={() => void publish()}>
          Publish to the cohort
        </button>
      </section>
    </div>
  );
}
