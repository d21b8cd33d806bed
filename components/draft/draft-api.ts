import type { TDraftView } from '@/lib/server/queries/draft/get-draft-for-viewer';
import { requestJson, type TJsonResult } from '@/components/ui/request-json';

// The preview's writes: each answers the draft as it now is, which the page swaps in.
const base = (slug: string) => `/api/essays/${encodeURIComponent(slug)}/draft`;

export function saveDraftDetails(slug: string, details: Record<string, string | null>): Promise<TJsonResult<{ draft: TDraftView }>> {
  return requestJson(base(slug), 'PATCH', details);
}

export function mergeDraftClaims(slug: string, first: string, second: string): Promise<TJsonResult<{ draft: TDraftView }>> {
  return requestJson(`${base(slug)}/merge`, 'POST', { first, second });
}

export function splitDraftClaim(slug: string, claimId: string, at: number): Promise<TJsonResult<{ draft: TDraftView }>> {
  return requestJson(`${base(slug)}/split`, 'POST', { claimId, at });
}

export function publishDraft(slug: string): Promise<TJsonResult<{ essay: { slug: string; publishedAt: string } }>> {
  return requestJson(`${base(slug)}/publish`, 'POST');
}
