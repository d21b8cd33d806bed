'use client';
import { useRouter } from 'next/navigation';
import { useState, type FormEvent } from 'react';
import { FormError } from '@/components/ui/form-error';
import { FIELD, PRIMARY } from '@/components/ui/field-styles';
import { requestJson } from '@/components/ui/request-json';
import { useSubmit } from '@/components/ui/use-submit';

/**
 * Joins with an invite code. The page cannot tell whether the cohort allows pseudonyms without
 * spending a lookup, so the field is always offered; the server says so if it is not allowed.
 */
export function JoinForm({ code }: { code: string }) {
  const router = useRouter();
  const [pseudonym, setPseudonym] = useState('');
  const { isBusy, error, run } = useSubmit({ isBusyAfterSuccess: true });

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    await run(
      () =>
        requestJson<{ membership: { cohortId: string; authorOf: { slug: string; isPublished: boolean } | null } }>('/api/join', 'POST', {
          code,
          pseudonym: pseudonym.trim() === '' ? null : pseudonym,
        }),
      (data) => {
        // The author of a published essay lands on their critique desk; a draft's author waits for it.
        const { authorOf } = data.membership;
        router.push(authorOf?.isPublished ? `/essays/${authorOf.slug}/author` : `/cohorts/${data.membership.cohortId}`);
        router.refresh();
      },
    );
  }

  return (
    <form onSubmit={(e) => void submit(e)} className="mt-6 space-y-4 text-sm" aria-label="Join this cohort">
      <label className="block font-medium">
        Pseudonym <span className="font-normal text-stone-500">(optional, if the cohort allows them; moderators still see your name)</span>
        <input value={pseudonym} onChange={(e) => setPseudonym(e.target.value)} maxLength={40} className={FIELD} />
      </label>
      <FormError error={error} />
      <button type="submit" disabled={isBusy} className={`${PRIMARY} w-full py-2`}>
        {isBusy ? 'Joining…' : 'Join'}
      </button>
    </form>
  );
}
