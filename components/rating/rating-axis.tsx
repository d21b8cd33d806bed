'use client';

import { useId } from 'react';
import type { TRatingAxisView } from '@/lib/schemas/rating';
import { RatingHistogram } from './rating-histogram';

export const AXIS_COPY = {
  AGREEMENT: { title: 'Agreement', question: 'Do you agree with this claim?' },
  EVIDENCE: { title: 'Evidence', question: 'How strong is its evidence?' },
} as const;

type TProps = {
  axis: TRatingAxisView;
  labels: readonly string[];
  canRate: boolean;
  isPending: boolean;
  onRate: (value: number) => void;
  onRetract: () => void;
};

/** One axis: five labelled choices, then — only once you rated — how everyone rated. */
export function RatingAxis({ axis, labels, canRate, isPending, onRate, onRetract }: TProps) {
  const titleId = useId();
  const copy = AXIS_COPY[axis.dimension];
  const { summary } = axis;
  return (
    <div className="rounded border border-stone-200 bg-white p-4" data-testid={`rating-axis-${axis.dimension.toLowerCase()}`}>
      <h3 id={titleId} className="font-semibold">
        {copy.title}
      </h3>
      <p className="text-sm text-stone-600">{copy.question}</p>
      {canRate ? (
        <div role="group" aria-labelledby={titleId} className="mt-3 flex flex-wrap gap-1.5">
          {labels.map((label, i) => {
            const isChosen = axis.mine === i + 1;
            return (
              <button
                key={label}
                type="button"
                aria-pressed={isChosen}
                disabled={isPending}
                onClick={() => onRate(i + 1)}
                className={`rounded border px-2.5 py-1 text-sm disabled:opacity-60 ${isChosen ? 'border-amber-600 bg-amber-100 font-medium text-amber-950' : 'border-stone-300 bg-white hover:bg-stone-100'}`}
              >
                {label}
              </button>
            );
          })}
          {axis.mine !== null ? (
            <button
              type="button"
              disabled={isPending}
              onClick={onRetract}
              className="px-2 text-sm text-stone-600 underline underline-offset-4 disabled:opacity-60"
            >
              Retract
            </button>
          ) : null}
        </div>
      ) : null}
      {summary === null ? (
        <p className="mt-3 text-sm italic text-stone-500">
          {canRate ? 'Rate to see how others rated.' : 'Members see how others rated once they have rated.'}
        </p>
      ) : (
        <div data-testid="rating-summary">
          <RatingHistogram histogram={summary.histogram} labels={labels} mine={axis.mine} />
          <p className="mt-2 text-sm text-stone-700">
            <span data-testid="rating-count">
              {summary.count} {summary.count === 1 ? 'rating' : 'ratings'}
            </span>
            {summary.mean !== null ? (
              <>
                {' · '}mean <span data-testid="rating-mean">{summary.mean.toFixed(1)}</span> ({labels[Math.round(summary.mean) - 1]})
              </>
            ) : null}
            {' · '}
            <span data-testid="rating-consensus">{summary.consensus.label}</span>
          </p>
        </div>
      )}
    </div>
  );
}
