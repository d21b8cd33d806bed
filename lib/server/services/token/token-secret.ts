import 'server-only';
import { createHash, randomBytes } from 'node:crypto';

// A personal access token is `cp_` + 32 random bytes in base64url (43 characters). Only its
// SHA-256 is stored: a leaked database does not leak working tokens. A fast hash is right here
// (unlike passwords): the secret has 256 bits of entropy, so there is nothing to brute-force.
export const TOKEN_PREFIX = 'cp_';
export const TOKEN_PATTERN = /^cp_[A-Za-z0-9_-]{43}$/;

export function generateRawToken(): string {
  return TOKEN_PREFIX + randomBytes(32).toString('base64url');
}

/** The value stored in ApiToken.tokenHash and looked up on every API request (hex SHA-256). */
export function hashToken(raw: string): string {
  return createHash('sha256').update(raw, 'utf8').digest('hex');
}
