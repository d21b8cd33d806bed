import type { TAnnotationView, TCreateAnnotation } from '@/lib/schemas/annotation';

export type TApiResult = { isOk: true; annotation: TAnnotationView } | { isOk: false; error: string };

// The server answers 4xx with `{ error }` written for people; anything else gets a generic line.
async function send(url: string, method: 'POST' | 'PATCH' | 'DELETE', body?: unknown): Promise<TApiResult> {
  let response: Response;
  try {
    response = await fetch(url, {
      method,
      headers: body === undefined ? undefined : { 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch {
    return { isOk: false, error: 'Could not reach Counterpoint. Check your connection and try again.' };
  }
  const payload: unknown = await response.json().catch(() => null);
  if (response.ok && payload && typeof payload === 'object' && 'annotation' in payload) {
    return { isOk: true, annotation: (payload as { annotation: TAnnotationView }).annotation };
  }
  if (payload && typeof payload === 'object' && 'error' in payload && typeof payload.error === 'string') {
    return { isOk: false, error: payload.error };
  }
  return { isOk: false, error: `Something went wrong (HTTP ${response.status}). Please try again.` };
}

export function postAnnotation(slug: string, input: TCreateAnnotation): Promise<TApiResult> {
  return send(`/api/essays/${encodeURIComponent(slug)}/annotations`, 'POST', input);
}

export function postReply(parentId: string, body: string): Promise<TApiResult> {
  return send(`/api/annotations/${encodeURIComponent(parentId)}/replies`, 'POST', { body });
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
