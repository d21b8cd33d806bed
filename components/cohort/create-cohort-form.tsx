'use client';
import { useRouter } from 'next/navigation';
import { useId, useState, type FormEvent } from 'react';
import { FormError } from '@/components/ui/form-error';
import { CARD, FIELD, PRIMARY } from '@/components/ui/field-styles';
import { requestJson } from '@/components/ui/request-json';
import { useSubmit } from '@/components/ui/use-submit';

/** Creates a cohort with the viewer as its owner, then opens it. */
export function CreateCohortForm() {
  const router = useRouter();
  const id = useId();
  const [name, setName] = useState('');
  const [description, setDescription] = useState('');
  const [allowPseudonyms, setAllowPseudonyms] = useState(false);
  const { isBusy, error, run } = useSubmit({ isBusyAfterSuccess: true });

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    await run(
      () =>
        requestJson<{ cohort: { id: string } }>('/api/cohorts', 'POST', {
          name,
          description: description.trim() === '' ? null : description,
          allowPseudonyms,
        }),
      (data) => router.push(`/cohorts/${data.cohort.id}`),
    );
  }

  return (
    <form onSubmit={(e) => void submit(e)} aria-labelledby={`${id}-title`} className={`${CARD} space-y-3 text-sm`}>
      <h2 id={`${id}-title`} className="font-serif text-xl font-semibold">
        Create a cohort
      </h2>
      <label className="block font-medium">
        Name
        <input value={name} onChange={(e) => setName(e.target.value)} required maxLength={80} className={FIELD} />
      </label>
      <label className="block font-medium">
        Description <span className="font-normal text-stone-500">(optional)</span>
        <textarea value={description} onChange={(e) => setDescription(e.target.value)} rows={2} maxLength={500} className={FIELD} />
      </label>
      <label className="flex items-center gap-2">
        <input type="checkbox" checked={allowPseudonyms} onChange={(e) => setAllowPseudonyms(e.target.checked)} />
        Members may join under a pseudonym
      </label>
      <FormError error={error} />
      <button type="submit" disabled={isBusy || name.trim().length < 2} className={PRIMARY}>
        {isBusy ? 'Creating…' : 'Create cohort'}
      </button>
    </form>
  );
}
