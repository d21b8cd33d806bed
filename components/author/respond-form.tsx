'use client';
import { useRouter } from 'next/navigation';
import { useId, useState, type FormEvent } from 'react';
import { STATUS_LABELS, type TResponseStatus } from '@/components/author/labels';
import { FIELD, PRIMARY, SECONDARY } from '@/components/ui/field-styles';
import { requestJson } from '@/components/ui/request-json';
import { labelledOptions, SelectField } from '@/components/ui/select-field';
import { useSubmit } from '@/components/ui/use-submit';
import { RESPONSE_STATUSES } from '@/lib/schemas/author-statuses';

export type TClaimChoice = { id: string; label: string; text: string };

type TProps = {
  slug: string;
  critique: { type: 'annotation' | 'argument' | 'claim'; id: string };
  /** The claims the critique is about, with their current wording: what "Revised" may reword. */
  claims: TClaimChoice[];
};

/** The author's answer to one critique; "Revised" also rewords one of its claims (a new revision). */
export function RespondForm({ slug, critique, claims }: TProps) {
  const id = useId();
  const router = useRouter();
  const [isOpen, setIsOpen] = useState(false);
  const [status, setStatus] = useState<TResponseStatus | ''>('');
  const [body, setBody] = useState('');
  const [claimId, setClaimId] = useState(claims[0]?.id ?? '');
  const [wording, setWording] = useState(claims[0]?.text ?? '');
  const { isBusy, error, run } = useSubmit();
  const [notice, setNotice] = useState<string | null>(null);
  // A critique of an argument names no claim of the essay: there is no wording to revise.
  const statuses = claims.length > 0 ? RESPONSE_STATUSES : RESPONSE_STATUSES.filter((s) => s !== 'REVISED');
  const claim = claims.find((c) => c.id === claimId);
  // Posting the claim's own wording as a revision would publish a revision that changes nothing.
  const isUnchanged = status === 'REVISED' && wording.trim() === claim?.text.trim();

  function chooseClaim(next: string) {
    setClaimId(next);
    setWording(claims.find((c) => c.id === next)?.text ?? '');
  }

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!status) return;
    await run(
      () =>
        requestJson<{ response: { id: string; revisionNumber: number | null } }>(
          `/api/essays/${encodeURIComponent(slug)}/responses`,
          'POST',
          {
            critique,
            status,
            body,
            revision: status === 'REVISED' ? { claimId, text: wording } : null,
          },
        ),
      (data) => {
        const revision = data.response.revisionNumber;
        setNotice(revision === null ? 'Response posted.' : `Response posted. The essay is now at revision ${revision}.`);
        setIsOpen(false);
        setStatus('');
        setBody('');
        router.refresh();
      },
    );
  }

  if (!isOpen) {
    return (
      <div className="mt-4 flex flex-wrap items-center gap-3">
        <button
          type="button"
          className={SECONDARY}
          onClick={() => {
            // Start from the claim's wording as it is now (a revision may have just changed it).
            chooseClaim(claims[0]?.id ?? '');
            setIsOpen(true);
            setNotice(null);
          }}
        >
          Respond
        </button>
        <p role="status" className="text-sm text-green-800">
          {notice}
        </p>
      </div>
    );
  }
  return (
    <form
      onSubmit={(e) => void submit(e)}
      aria-label="Respond to this critique"
      className="mt-4 space-y-3 rounded border border-stone-200 bg-stone-50 p-4 text-sm"
      data-testid="respond-form"
    >
      <label className="block font-medium">
        Status
        <SelectField
          required
          autoFocus
          value={status}
          onChange={(e) => setStatus(e.target.value as TResponseStatus | '')}
          className={FIELD}
          leadingOption={{ value: '', label: 'Choose how you answer', isDisabled: true }}
          options={labelledOptions(statuses, STATUS_LABELS)}
        />
      </label>
      {claims.length === 0 ? (
        <p className="text-stone-600">This critique answers an argument, not a claim of the essay, so there is no wording to revise.</p>
      ) : null}
      <div>
        <label htmlFor={`${id}-body`} className="block font-medium">
          Response <span className="font-normal text-stone-500">(the critic and the cohort read it)</span>
        </label>
        <textarea
          id={`${id}-body`}
          required
          value={body}
          onChange={(e) => setBody(e.target.value)}
          rows={3}
          maxLength={5000}
          className={FIELD}
        />
      </div>
      {status === 'REVISED' ? (
        <fieldset className="space-y-2 rounded border border-amber-300 bg-amber-50 p-3">
          <legend className="px-1 font-medium">New wording</legend>
          {claims.length > 1 ? (
            <label className="block">
              Claim to revise
              <SelectField
                value={claimId}
                onChange={(e) => chooseClaim(e.target.value)}
                className={FIELD}
                options={claims.map((c) => ({ value: c.id, label: c.label }))}
              />
            </label>
          ) : null}
          <label htmlFor={`${id}-wording`} className="block">
            Revised wording of {claim?.label.toLowerCase() ?? 'the claim'}
          </label>
          <textarea
            id={`${id}-wording`}
            required
            value={wording}
            onChange={(e) => setWording(e.target.value)}
            rows={3}
            maxLength={2000}
            className={`${FIELD} font-serif`}
          />
          {isUnchanged ? <p className="text-xs font-medium text-amber-900">Change the wording to revise the claim.</p> : null}
          <p className="text-xs text-stone-600">
            Posting makes a new revision of the essay; notes on the text move with it, and readers see the change word by word.
          </p>
        </fieldset>
      ) : null}
      <div aria-live="assertive">
        {error ? (
          <p role="alert" className="rounded bg-red-50 px-3 py-2 text-red-800">
            {error}
          </p>
        ) : null}
      </div>
      <div className="flex gap-2">
        <button type="submit" disabled={isBusy || !status || isUnchanged} className={PRIMARY}>
          {isBusy ? 'Posting…' : 'Post response'}
        </button>
        <button type="button" className={SECONDARY} onClick={() => setIsOpen(false)}>
          Cancel
        </button>
      </div>
    </form>
  );
}
