import 'server-only';
import { getServerSession } from 'next-auth';
import { getToken } from 'next-auth/jwt';
import { cookies } from 'next/headers';
import { authOptions } from '@/lib/server/auth/auth-options';
import { AppError } from '@/lib/server/errors';

export type TViewer = { id: string; name: string; email: string };

/** The signed-in user, or null. Reads the JWT only; no database round trip. */
export async function getViewer(): Promise<TViewer | null> {
  const session = await getServerSession(authOptions);
  const user = session?.user;
  if (!user?.id || !user.email) return null;
  return { id: user.id, name: user.name ?? user.email, email: user.email };
}

export async function requireViewer(): Promise<TViewer> {
  const viewer = await getViewer();
  if (!viewer) throw new AppError('UNAUTHENTICATED', 'Sign in to do that.');
  return viewer;
}

/**
 * The signed-in user of a cookie write, or an UNAUTHENTICATED error. Same answer as
 * requireViewer, cheaper: getServerSession runs next-auth's whole session handler, which
 * re-encrypts the token to roll the cookie on every call; a write only needs to know who it is.
 * So this only decrypts the session cookie (same secret and cookie name as next-auth; jose
 * checks the expiry, with next-auth's 15 s tolerance). The jwt and session callbacks add nothing
 * on a read but the id (token.sub), so the rules match requireViewer's. The cookie still rolls
 * whenever a page or /api/auth/session asks for the session.
 */
export async function requireCookieViewer(): Promise<TViewer> {
  const token = await getToken({
    // Cookies only: getToken would otherwise also take a JWE from an Authorization header,
    // which the session check (getServerSession) never does.
    req: { cookies: await cookies(), headers: new Headers() } as unknown as Parameters<typeof getToken>[0]['req'],
    secret: authOptions.secret,
    secureCookie: authOptions.useSecureCookies ?? false,
  });
  const id = typeof token?.sub === 'string' ? token.sub : '';
  const email = typeof token?.email === 'string' ? token.email : '';
  if (!id || !email) throw new AppError('UNAUTHENTICATED', 'Sign in to do that.');
  return { id, name: typeof token?.name === 'string' ? token.name : email, email };
}
