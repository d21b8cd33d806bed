'use client';
import { useRouter } from 'next/navigation';
import { useState, useTransition, type FormEvent } from 'react';
import { FormError } from '@/components/ui/form-error';
import { FIELD, PRIMARY, SECONDARY } from '@/components/ui/field-styles';
import { requestJson } from '@/components/ui/request-json';
import { useSubmit } from '@/components/ui/use-submit';

type TProps = { cohortId: string; allowPseudonyms: boolean; myPseudonym: string | null; canEnable: boolean };

/**
 * How you appear in this cohort: set, change or drop your pseudonym; owners can turn pseudonyms
 * on for the cohort (never off: see ZCohortSettings). The server checks everything again.
 */
export function PseudonymSettings({ cohortId, allowPseudonyms, myPseudonym, canEnable }: TProps) {
  const router = useRouter();
  const [pseudonym, setPseudonymText] = useState(myPseudonym ?? '');
  const { isBusy, error, run } = useSubmit();
  const [, startRefresh] = useTransition();

  async function send(url: string, method: 'PUT' | 'PATCH', body: unknown) {
    await run(
      () => requestJson(url, method, body),
      () => startRefresh(() => router.refresh()),
    );
  }

  function save(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    void send(`/api/cohorts/${encodeURIComponent(cohortId)}/pseudonym`, 'PUT', { pseudonym: pseudonym.trim() === '' ? null : pseudonym });
  }

  if (!allowPseudonyms) {
    return (
      <div className="text-sm text-stone-600" data-testid="pseudonym-settings">
        <p>Members of this cohort go by their names.</p>
        {canEnable ? (
          <>
            <button
              type="button"
              disabled={isBusy}
              className={`${SECONDARY} mt-2`}
              onClick={() => void send(`/api/cohorts/${encodeURIComponent(cohortId)}`, 'PATCH', { allowPseudonyms: true })}
            >
              Allow pseudonyms
            </button>
            <p className="mt-1 text-xs text-stone-500">Once on, pseudonyms stay on: members choose them trusting they will hold.</p>
          </>
        ) : null}
        <FormError error={error} />
      </div>
    );
  }

  return (
    <form onSubmit={save} className="text-sm" aria-label="Your pseudonym" data-testid="pseudonym-settings">
      <label className="block font-medium">
        Your pseudonym{' '}
        <span className="font-normal text-stone-500">
          (members see it instead of your name; owners and moderators still see your name; leave empty to go by your name)
        </span>
        <input
          value={pseudonym}
          onChange={(e) => setPseudonymText(e.target.value)}
          maxLength={40}
          className={FIELD}
          data-testid="pseudonym-input"
        />
      </label>
      <button type="submit" disabled={isBusy} className={`${PRIMARY} mt-2`}>
        {isBusy ? 'Saving…' : 'Save pseudonym'}
      </button>
      <FormError error={error} />
    </form>
  );
}
