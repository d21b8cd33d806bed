import 'server-only';
import { getToken } from 'next-auth/jwt';
import { cookies } from 'next/headers';
import { cache } from 'react';
import { authOptions } from '@/lib/server/auth/auth-options';
import { decodeSessionToken } from '@/lib/server/auth/session-token';
import { AppError } from '@/lib/server/errors';

export type TViewer = { id: string; name: string; email: string };

/**
 * Who the session cookie says is signed in, or null. Reads the cookie only; no database round trip.
 *
 * This is what next-auth's getServerSession answers in the App Router, without its cost: that runs
 * next-auth's whole session handler (options, a CSRF token, the jwt and session callbacks) and
 * re-encrypts the token to roll the cookie — a cookie a server component cannot set, so the new
 * one was thrown away. Here the cookie is only decrypted (same secret and cookie name as
 * next-auth, chunked cookies read by next-auth's getToken, the key derived once:
 * session-token.ts; jose checks the expiry with next-auth's 15 s tolerance). Our jwt and session
 * callbacks add nothing on a read but the id (token.sub), so the answer is the same. The cookie
 * rolls when the browser asks /api/auth/session, as before.
 */
async function readSessionViewer(): Promise<TViewer | null> {
  const token = await getToken({
    // Cookies only: getToken would otherwise also take a JWE from an Authorization header, which
    // the session check never does.
    req: { cookies: await cookies(), headers: new Headers() } as unknown as Parameters<typeof getToken>[0]['req'],
    secret: authOptions.secret,
    secureCookie: authOptions.useSecureCookies ?? false,
    decode: decodeSessionToken,
  });
  const id = typeof token?.sub === 'string' ? token.sub : '';
  const email = typeof token?.email === 'string' ? token.email : '';
  if (!id || !email) return null;
  return { id, name: typeof token?.name === 'string' ? token.name : email, email };
}

/** The signed-in user, or null. Once per request in a render (layout, metadata and page share it). */
export const getViewer: () => Promise<TViewer | null> = cache(readSessionViewer);

export async function requireViewer(): Promise<TViewer> {
  const viewer = await getViewer();
  if (!viewer) throw new AppError('UNAUTHENTICATED', 'Sign in to do that.');
  return viewer;
}

/** The signed-in user of a cookie write, or an UNAUTHENTICATED error (writeRoute). */
export async function requireCookieViewer(): Promise<TViewer> {
  return requireViewer();
}
