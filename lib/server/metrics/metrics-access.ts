import 'server-only';
import { createHash, timingSafeEqual } from 'node:crypto';

// Who may read /api/metrics (ADR 0012). The endpoint exists only when the operator set
// COUNTERPOINT_METRICS_TOKEN; then a scraper sends it as `Authorization: Bearer <token>`.

/** Shorter tokens can be guessed; the endpoint stays off rather than half-protected. */
export const MIN_METRICS_TOKEN_LENGTH = 16;

export type TMetricsAccess = 'off' | 'token too short' | 'denied' | 'granted';

/**
 * Whether the request's Authorization header carries the metrics token. Both sides are hashed
 * first so that timingSafeEqual compares equal lengths: the time taken says nothing about the
 * token's length or how much of it a guess got right.
 *
 * @example metricsAccess('Bearer s3cret-token-0123456789', 's3cret-token-0123456789') // 'granted'
 */
export function metricsAccess(authorization: string | null, token: string | undefined): TMetricsAccess {
  if (!token) return 'off';
  if (token.length < MIN_METRICS_TOKEN_LENGTH) return 'token too short';
  const given = /^Bearer[ ]+(\S+)[ ]*$/i.exec(authorization ?? '')?.[1];
  if (given === undefined) return 'denied';
  const digest = (text: string) => createHash('sha256').update(text).digest();
  return timingSafeEqual(digest(given), digest(token)) ? 'granted' : 'denied';
}
