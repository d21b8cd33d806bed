// The session decode with the key derived once must answer exactly as next-auth's own decode:
// the same payload for every token next-auth seals, and a refusal wherever next-auth refuses.
import { decode, encode } from 'next-auth/jwt';
import { describe, expect, it } from 'vitest';
import { decodeSessionToken } from '@/lib/server/auth/session-token';

const SECRET = 'unit-test-secret-0123456789abcdef';
const token = { sub: 'user-1', email: 'ada@example.test', name: 'Ada Lovelace', picture: null };

/** What a decode answers: the payload, or that it threw. */
async function outcome(run: () => Promise<unknown>): Promise<unknown> {
  try {
    return { payload: await run() };
  } catch {
    return 'refused';
  }
}

async function both(params: Parameters<typeof decode>[0]): Promise<[unknown, unknown]> {
  return [await outcome(() => decode(params)), await outcome(() => decodeSessionToken(params))];
}

describe('decodeSessionToken', () => {
  it('reads what next-auth sealed, the same payload as next-auth', async () => {
    const sealed = await encode({ token, secret: SECRET });
    const [theirs, ours] = await both({ token: sealed, secret: SECRET });
    expect(ours).toEqual(theirs);
    expect(ours).toMatchObject({ payload: { sub: 'user-1', email: 'ada@example.test', name: 'Ada Lovelace' } });
  });

  it('reads tokens of two secrets and two salts, each with its own key', async () => {
    for (const secret of [SECRET, 'another-secret-of-another-app-42']) {
      for (const salt of [undefined, 'authjs.session-token']) {
        const sealed = await encode({ token, secret, ...(salt ? { salt } : {}) });
        const [theirs, ours] = await both({ token: sealed, secret, ...(salt ? { salt } : {}) });
        expect(ours).toEqual(theirs);
        expect(ours).toMatchObject({ payload: { sub: 'user-1' } });
      }
    }
  });

  it.each([
    ['a tampered ciphertext', async () => tamper(await encode({ token, secret: SECRET }))],
    ['another secret', () => encode({ token, secret: 'not-the-secret-of-this-app' })],
    ['an expiry a minute ago (past the 15 s tolerance)', () => encode({ token, secret: SECRET, maxAge: -60 })],
    ['not a JWE', async () => 'eyJhbGciOiJIUzI1NiJ9.e30.abc'],
  ])('refuses %s, as next-auth does', async (_, make) => {
    const [theirs, ours] = await both({ token: await make(), secret: SECRET });
    expect(theirs).toBe('refused');
    expect(ours).toBe('refused');
  });

  it('accepts a token that expired 5 s ago (inside the tolerance), as next-auth does', async () => {
    const [theirs, ours] = await both({ token: await encode({ token, secret: SECRET, maxAge: -5 }), secret: SECRET });
    expect(ours).toEqual(theirs);
    expect(ours).toMatchObject({ payload: { sub: 'user-1' } });
  });

  it('answers null for no token, as next-auth does', async () => {
    expect(await decodeSessionToken({ token: '', secret: SECRET })).toBeNull();
    expect(await decode({ token: '', secret: SECRET })).toBeNull();
  });
});

// Flips one character inside the ciphertext (the fourth of the five JWE parts).
function tamper(sealed: string): string {
  const parts = sealed.split('.');
  const ciphertext = parts[3]!;
  parts[3] = (ciphertext[0] === 'A' ? 'B' : 'A') + ciphertext.slice(1);
  return parts.join('.');
}
