import { requestJson, type TJsonResult } from '@/components/ui/request-json';
import type { TRatingAxisView, TRatingDimension } from '@/lib/schemas/rating';

type TAxisResult = TJsonResult<{ rating: TRatingAxisView }>;

const axisUrl = (claimId: string, dimension: TRatingDimension): string =>
  `/api/claims/${encodeURIComponent(claimId)}/ratings/${dimension.toLowerCase()}`;

/** Rates (or re-rates) one axis; the answer is that axis as the viewer may now see it. */
export function putRating(claimId: string, dimension: TRatingDimension, value: number): Promise<TAxisResult> {
  return requestJson(axisUrl(claimId, dimension), 'PUT', { value });
}

export function deleteRating(claimId: string, dimension: TRatingDimension): Promise<TAxisResult> {
  return requestJson(axisUrl(claimId, dimension), 'DELETE');
}
