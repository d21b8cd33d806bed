import 'server-only';

type THeaders = Headers | Record<string, string | string[] | undefined> | undefined;

/**
 * The client's address as the nearest proxy reports it (first x-forwarded-for entry), else
 * "unknown". Only as trustworthy as the proxy in front of the app: deploy behind one that sets it.
 */
export function clientIp(headers: THeaders): string {
  const raw = headers instanceof Headers ? headers.get('x-forwarded-for') : headers?.['x-forwarded-for'];
  const value = Array.isArray(raw) ? raw[0] : raw;
  return value?.split(',')[0]?.trim() || 'unknown';
}
