import 'server-only';
import { createHash } from 'node:crypto';

/**
 * A weak validator for a JSON body: its SHA-256. Weak because the body is a serialisation we
 * make, not a stored byte stream — equal hashes mean the same data, which is what W/ promises.
 */
export function weakEtag(body: string): string {
  return `W/"${createHash('sha256').update(body, 'utf8').digest('base64url')}"`;
}

/**
 * Whether `If-None-Match` names this entity (RFC 9110 §13.1.2 uses the weak comparison:
 * `W/"x"` and `"x"` match).
 * @example ifNoneMatchHits('W/"a", W/"b"', 'W/"b"') // true
 */
export function ifNoneMatchHits(header: string | null, etag: string): boolean {
  if (!header) return false;
  if (header.trim() === '*') return true;
  const opaque = (tag: string) => tag.trim().replace(/^W\//, '');
  return header.split(',').some((tag) => opaque(tag) === opaque(etag));
}
