import { requestJson } from '@/components/ui/request-json';
import type { TAnnotationView, TCreateAnnotation } from '@/lib/schemas/annotation';

export type TApiResult = { isOk: true; annotation: TAnnotationView } | { isOk: false; error: string };

async function send(url: string, method: 'POST' | 'PATCH' | 'DELETE', body?: unknown, idempotencyKey?: string): Promise<TApiResult> {
  const result = await requestJson<{ annotation: TAnnotationView }>(url, method, body, { idempotencyKey });
  return result.isOk ? { isOk: true, annotation: result.data.annotation } : result;
}

export function postAnnotation(slug: string, input: TCreateAnnotation, idempotencyKey: string): Promise<TApiResult> {
  return send(`/api/essays/${encodeURIComponent(slug)}/annotations`, 'POST', input, idempotencyKey);
}

export function postReply(parentId: string, input: { body: string }, idempotencyKey: string): Promise<TApiResult> {
  return send(`/api/annotations/${encodeURIComponent(parentId)}/replies`, 'POST', input, idempotencyKey);
}

export function patchAnnotation(id: string, input: { body: string; tags?: string[] }): Promise<TApiResult> {
  return send(`/api/annotations/${encodeURIComponent(id)}`, 'PATCH', input);
}

export function deleteAnnotation(id: string): Promise<TApiResult> {
  return send(`/api/annotations/${encodeURIComponent(id)}`, 'DELETE');
}

/** "a, b ,, c" → ["a", "b", "c"]: the server checks lengths and counts. */
export function parseTags(input: string): string[] {
  return input
    .split(',')
    .map((t) => t.trim())
    .filter((t) => t !== '');
}
