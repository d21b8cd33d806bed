import 'server-only';
import { hkdfSync } from 'node:crypto';
import { jwtDecrypt } from 'jose';
import type { JWT, JWTDecodeParams } from 'next-auth/jwt';

// next-auth v4 seals its session cookie as a JWE (dir + A256GCM) under a key it derives from the
// secret with HKDF — on every decode and encode. The key depends on the secret alone, so it is
// derived once per secret here; the rest is next-auth's own decode, step for step
// (node_modules/next-auth/jwt/index.js `decode`): the same jose (pinned to the version next-auth
// resolves), the same 15 s clock tolerance. tests/unit/auth/session-token.test.ts compares the two.

// next-auth's getDerivedEncryptionKey: HKDF-SHA256, the salt (empty for session tokens) as salt
// and in the info.
const INFO = 'NextAuth.js Generated Encryption Key';
const KEY_BYTES = 32;
// A process has one secret; tests that try foreign secrets add a few. Bounded all the same.
const MAX_KEYS = 8;
const keys = new Map<string, Uint8Array>();

function encryptionKey(secret: string | Buffer, salt: string): Uint8Array {
  const id = JSON.stringify([typeof secret === 'string' ? secret : `buffer:${secret.toString('base64')}`, salt]);
  let key = keys.get(id);
  if (!key) {
    key = new Uint8Array(hkdfSync('sha256', secret, salt, salt ? `${INFO} (${salt})` : INFO, KEY_BYTES));
    if (keys.size >= MAX_KEYS) keys.clear();
    keys.set(id, key);
  }
  return key;
}

/**
 * next-auth's JWT `decode` with the key derived once: the token's payload, or a throw when it is
 * tampered with, sealed under another secret, or expired. Pass it as `decode` to next-auth's
 * getToken, which reads the cookie (chunked or not) and turns a throw into null.
 */
export async function decodeSessionToken({ token, secret, salt = '' }: JWTDecodeParams): Promise<JWT | null> {
  if (!token) return null;
  const { payload } = await jwtDecrypt(token, encryptionKey(secret, salt), { clockTolerance: 15 });
  return payload as JWT;
}
