'use client';
import { useRouter } from 'next/navigation';
import { type TCritiqueState } from '@/components/author/labels';
import { PRIMARY, SECONDARY } from '@/components/ui/field-styles';
import { requestJson } from '@/components/ui/request-json';
import { useSubmit } from '@/components/ui/use-submit';

const VERDICT: Record<TCritiqueState, string> = {
  OPEN: 'Does this answer your critique?',
  ACCEPTED: 'You accepted this answer. Reopen the critique if you change your mind.',
  REOPENED: 'You reopened the critique: it is back on the author’s desk.',
};

/** The critic's verdict on the author's response: accept it, or reopen the critique. */
export function CritiqueStateButtons({ responseId, state }: { responseId: string; state: TCritiqueState }) {
  const router = useRouter();
  const { isBusy, error, run } = useSubmit();

  async function choose(next: 'ACCEPTED' | 'REOPENED') {
    await run(
      () => requestJson<{ state: TCritiqueState }>(`/api/responses/${encodeURIComponent(responseId)}/state`, 'POST', { state: next }),
      () => router.refresh(),
    );
  }

  return (
    <div className="mt-4 rounded border border-stone-200 bg-stone-50 p-3 text-sm" data-testid="verdict">
      <p role="status">{VERDICT[state]}</p>
      <div role="group" aria-label="Your verdict" className="mt-2 flex gap-2">
        <button type="button" className={PRIMARY} disabled={isBusy || state === 'ACCEPTED'} onClick={() => void choose('ACCEPTED')}>
          Accept
        </button>
        <button type="button" className={SECONDARY} disabled={isBusy || state === 'REOPENED'} onClick={() => void choose('REOPENED')}>
          Reopen
        </button>
      </div>
      <div aria-live="assertive">
        {error ? (
          <p role="alert" className="mt-2 rounded bg-red-50 px-3 py-2 text-red-800">
            {error}
          </p>
        ) : null}
      </div>
    </div>
  );
}
