'use client';

import { useRouter } from 'next/navigation';
import { useEffect, useState, useTransition } from 'react';
import type { TRatingAxisView } from '@/lib/schemas/rating';
import { AGREEMENT_LABELS, EVIDENCE_LABELS, type TRatingDimension } from '@/lib/schemas/rating-scale';
import { deleteRating, putRating } from './rating-api';
import { RatingAxis } from './rating-axis';

const LABELS: Record<TRatingDimension, readonly string[]> = { AGREEMENT: AGREEMENT_LABELS, EVIDENCE: EVIDENCE_LABELS };

/**
 * A claim's two rating axes. Each answer from the server replaces the axis it was about, so what
 * others think appears exactly when the server starts sending it (after you rated; a retraction
 * keeps it, ADR 0003); the page is then refreshed for the claim's strength.
 */
export function RatingWidget({
  claimId,
  initialRatings,
  canRate,
}: {
  claimId: string;
  initialRatings: TRatingAxisView[];
  canRate: boolean;
}) {
  const router = useRouter();
  const [, startRefresh] = useTransition();
  const [ratings, setRatings] = useState(initialRatings);
  const [pending, setPending] = useState<TRatingDimension | null>(null);
  const [error, setError] = useState<string | null>(null);
  // Says when the server-rendered buttons start to respond (the e2e tests wait for it).
  const [isHydrated, setIsHydrated] = useState(false);
  useEffect(() => setIsHydrated(true), []);

  async function send(dimension: TRatingDimension, value: number | null) {
    setPending(dimension);
    setError(null);
    const result = value === null ? await deleteRating(claimId, dimension) : await putRating(claimId, dimension, value);
    setPending(null);
    if (!result.isOk) {
      setError(result.error);
      return;
    }
    const { rating } = result.data;
    setRatings((axes) => axes.map((axis) => (axis.dimension === rating.dimension ? rating : axis)));
    // Agreement ratings are the claim's base score: the strength above moves with them.
    startRefresh(() => router.refresh());
  }

  return (
    <section aria-labelledby="ratings-title" data-testid="rating-widget" data-hydrated={isHydrated}>
      <h2 id="ratings-title" className="text-lg font-semibold">
        Ratings
      </h2>
      <div className="mt-3 grid gap-3 sm:grid-cols-2">
        {ratings.map((axis) => (
          <RatingAxis
            key={axis.dimension}
            axis={axis}
            labels={LABELS[axis.dimension]}
            canRate={canRate}
            isPending={pending === axis.dimension}
            onRate={(value) => void send(axis.dimension, value)}
            onRetract={() => void send(axis.dimension, null)}
          />
        ))}
      </div>
      {error ? (
        <p role="alert" className="mt-2 text-sm text-red-700">
          {error}
        </p>
      ) : null}
    </section>
  );
}
