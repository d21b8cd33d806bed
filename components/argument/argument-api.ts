import type { TAddArgument } from '@/lib/schemas/argument';
import { requestJson, type TJsonResult } from '@/components/ui/request-json';

export function postArgument(
  slug: string,
  input: TAddArgument,
  idempotencyKey: string,
): Promise<TJsonResult<{ argument: { id: string } }>> {
  return requestJson(`/api/essays/${encodeURIComponent(slug)}/arguments`, 'POST', input, { idempotencyKey });
}

export function putImpactVote(argumentId: string, impact: number): Promise<TJsonResult<{ ok: true }>> {
  return requestJson(`/api/arguments/${encodeURIComponent(argumentId)}/vote`, 'PUT', { impact });
}
