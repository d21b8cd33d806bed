import { requestJson, type TJsonResult } from '@/components/ui/request-json';
import type { TRatingAxisView, TRatingDimension } from '@/lib/schemas/rating';

type TRatingsResult = TJsonResult<{ ratings: TRatingAxisView[] }>;

const axisUrl = (claimId: string, dimension: TRatingDimension): string =>
  `/api/claims/${encodeURIComponent(claimId)}/ratings/${dimension.toLowerCase()}`;

/** Rates (or re-rates) one axis; the answer has both axes as the viewer may now see them. */
export function putRating(claimId: string, dimension: TRatingDimension, value: number): Promise<TRatingsResult> {
  return requestJson(axisUrl(claimId, dimension), 'PUT', { value });
}

export function deleteRating(claimId: string, dimension: TRatingDimension): Promise<TRatingsResult> {
  return requestJson(axisUrl(claimId, dimension), 'DELETE');
}
