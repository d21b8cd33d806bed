'use client';
import { useRouter } from 'next/navigation';
import { useId, useState, useTransition, type FormEvent } from 'react';
import { FormError } from '@/components/ui/form-error';
import { FIELD, PRIMARY } from '@/components/ui/field-styles';
import { requestJson } from '@/components/ui/request-json';
import { useSubmit } from '@/components/ui/use-submit';

// ZAppeal's floor: the button stays off until the text could pass.
const MIN_APPEAL = 10;

/** The person an action was about appeals it, once; the page then shows the appeal's status. */
export function AppealForm({ actionId }: { actionId: string }) {
  const router = useRouter();
  const id = useId();
  const [text, setText] = useState('');
  const { isBusy, error, run } = useSubmit();
  const [isRefreshing, startRefresh] = useTransition();

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    await run(
      () => requestJson(`/api/moderation/${encodeURIComponent(actionId)}/appeal`, 'POST', { text }),
      () => startRefresh(() => router.refresh()),
    );
  }

  return (
    <form
      onSubmit={(e) => void submit(e)}
      aria-label="Appeal this action"
      className="mt-3 space-y-2 rounded border border-stone-200 bg-stone-50 p-3 text-sm"
      data-testid="appeal-form"
    >
      <label htmlFor={`${id}-text`} className="block font-medium">
        Appeal <span className="font-normal text-stone-500">(once; the moderators are told — say why in a sentence or two)</span>
      </label>
      <textarea id={`${id}-text`} value={text} onChange={(e) => setText(e.target.value)} rows={3} maxLength={2000} className={FIELD} />
      <FormError error={error} testId="appeal-error" />
      <button type="submit" disabled={isBusy || isRefreshing || text.trim().length < MIN_APPEAL} className={PRIMARY}>
        {isBusy || isRefreshing ? 'Filing…' : 'File appeal'}
      </button>
    </form>
  );
}
