'use client';

import { useRouter } from 'next/navigation';
import { useId, useState, useTransition } from 'react';
import { putImpactVote } from './argument-api';
import { useSubmit } from '@/components/ui/use-submit';
import { IMPACT_LABELS } from './labels';

/**
 * "How much does this bear on what it answers?" 0–4. A vote changes the argument's base score and
 * so strengths up the tree: the page is refreshed from the server after each vote.
 */
export function ImpactVote({ argumentId }: { argumentId: string }) {
  const router = useRouter();
  const labelId = useId();
  // The debate query does not say how the viewer voted; this remembers it for the visit.
  const [mine, setMine] = useState<number | null>(null);
  const { isBusy: isSending, error, run } = useSubmit();
  const [isRefreshing, startRefresh] = useTransition();

  async function vote(impact: number) {
    await run(
      () => putImpactVote(argumentId, impact),
      () => {
        setMine(impact);
        startRefresh(() => router.refresh());
      },
    );
  }

  return (
    <div className="mt-2 text-xs">
      <span id={labelId} className="mr-2 text-stone-500">
        Your impact vote
      </span>
      <span role="group" aria-labelledby={labelId} className="inline-flex flex-wrap gap-1 align-middle">
        {IMPACT_LABELS.map((label, impact) => (
          <button
            key={label}
            type="button"
            aria-pressed={mine === impact}
            disabled={isSending || isRefreshing}
            onClick={() => void vote(impact)}
            // One class (globals.css) and one text node: a debate page draws five of these per argument.
            className="impact-choice"
          >
            {`${impact} · ${label}`}
          </button>
        ))}
      </span>
      {error ? (
        <p role="alert" className="mt-1 text-red-700">
          {error}
        </p>
      ) : null}
    </div>
  );
}
