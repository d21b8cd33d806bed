import { IDEMPOTENCY_KEY_HEADER } from '@/lib/schemas/write-key-header';

export type TJsonResult<T> = { isOk: true; data: T } | { isOk: false; error: string };

/**
 * Calls the JSON API. The server answers 4xx with `{ error }` written for people, and that text is
 * what the caller shows; a network failure or an unreadable answer gets a generic line instead.
 * A create passes `idempotencyKey` (use-write-key.ts) so that sending it again is safe.
 */
export async function requestJson<T>(
  url: string,
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE',
  body?: unknown,
  options: { idempotencyKey?: string } = {},
): Promise<TJsonResult<T>> {
  const headers: Record<string, string> = {};
  if (body !== undefined) headers['content-type'] = 'application/json';
  if (options.idempotencyKey !== undefined) headers[IDEMPOTENCY_KEY_HEADER] = options.idempotencyKey;
  let response: Response;
  try {
    response = await fetch(url, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  } catch {
    return { isOk: false, error: 'Could not reach Counterpoint. Check your connection and try again.' };
  }
  return readAnswer<T>(response);
}

/**
 * Sends a form with files (multipart/form-data; the browser sets the boundary) and reads the
 * answer like `requestJson`.
 */
export async function requestMultipart<T>(url: string, form: FormData): Promise<TJsonResult<T>> {
  let response: Response;
  try {
    response = await fetch(url, { method: 'POST', body: form });
  } catch {
    return { isOk: false, error: 'Could not reach Counterpoint. Check your connection and try again.' };
  }
  return readAnswer<T>(response);
}

async function readAnswer<T>(response: Response): Promise<TJsonResult<T>> {
  const payload: unknown = await response.json().catch(() => null);
  if (response.ok && payload !== null) return { isOk: true, data: payload as T };
  if (payload && typeof payload === 'object' && 'error' in payload && typeof payload.error === 'string') {
    return { isOk: false, error: payload.error };
  }
  return { isOk: false, error: `Something went wrong (HTTP ${response.status}). Please try again.` };
}
