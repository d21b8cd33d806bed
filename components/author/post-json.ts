export type TPostResult<T> = { isOk: true; data: T } | { isOk: false; error: string };

/**
 * POSTs JSON to the API. The server answers 4xx with `{ error }` written for people, and that text
 * is what the caller shows; a network failure or an unreadable answer gets a generic line instead.
 */
export async function postJson<T>(url: string, body: unknown): Promise<TPostResult<T>> {
  let response: Response;
  try {
    response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  } catch {
    return { isOk: false, error: 'Could not reach Counterpoint. Check your connection and try again.' };
  }
  const payload: unknown = await response.json().catch(() => null);
  if (response.ok && payload !== null) return { isOk: true, data: payload as T };
  if (payload && typeof payload === 'object' && 'error' in payload && typeof payload.error === 'string') {
    return { isOk: false, error: payload.error };
  }
  return { isOk: false, error: `Something went wrong (HTTP ${response.status}). Please try again.` };
}
