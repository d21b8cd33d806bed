import 'server-only';
import type { NextAuthOptions } from 'next-auth';
import CredentialsProvider from 'next-auth/providers/credentials';
import { safeCallbackPath } from '@/lib/domain/auth/safe-callback-path';
import { ZSignIn } from '@/lib/schemas/auth';
import { db } from '@/lib/server/db/client';
import { nextAuthSecret } from '@/lib/server/env';
import { verifyPassword } from '@/lib/server/auth/password';
import { signalSignOut } from '@/lib/server/live/access-signals';
import { clientIp, UNKNOWN_CLIENT } from '@/lib/server/http/client-ip';
import { errorFields, log } from '@/lib/server/log';
import { consumeRateLimit } from '@/lib/server/rate-limit';

// Email + password with JWT sessions: the token carries the user id (token.sub) and nothing
// else that could go stale; roles are read from the database on every request.
export const authOptions: NextAuthOptions = {
  // A getter, so that importing this module (e.g. during `next build`) does not require the secret.
  get secret() {
    return nextAuthSecret();
  },
  session: { strategy: 'jwt' },
  pages: { signIn: '/signin' },
  providers: [
    CredentialsProvider({
      name: 'Email and password',
      credentials: { email: { label: 'Email', type: 'email' }, password: { label: 'Password', type: 'password' } },
      async authorize(credentials, request) {
        const parsed = ZSignIn.safeParse(credentials);
        if (!parsed.success) return null;
        // Per IP and per account, so neither spraying many accounts nor guessing one works fast.
        // The AppError's message reaches the form as the sign-in error.
        // An unknown address ("direct": no trusted proxy configured) is one key shared by everyone;
        // limiting it would let anyone lock every account out, so only the per-account limit applies.
        const ip = clientIp(request?.headers);
        if (ip !== UNKNOWN_CLIENT) await consumeRateLimit('signIn', `ip:${ip}`);
        await consumeRateLimit('signIn', `email:${parsed.data.email}`);
        const user = await db.user.findUnique({
          where: { email: parsed.data.email },
          select: { id: true, email: true, name: true, passwordHash: true },
        });
        if (!user?.passwordHash) return null;
        if (!(await verifyPassword(user.passwordHash, parsed.data.password))) return null;
        return { id: user.id, email: user.email, name: user.name };
      },
    }),
  ],
  // Secure (and __Secure- prefixed) session cookies whenever the app is served over https.
  useSecureCookies: process.env.NEXTAUTH_URL?.startsWith('https://') ?? false,
  events: {
    // JWT sessions live in the cookie, so signing out changes nothing on the server by itself:
    // tell the live streams, which would otherwise keep a private cohort's notes coming.
    async signOut({ token }) {
      if (token?.sub)
        await signalSignOut(token.sub).catch((error: unknown) =>
          log().error(
            { event: 'sign-out.signal-failed', error: errorFields(error, { withStack: true }) },
            'could not tell live streams of a sign-out',
          ),
        );
    },
  },
  callbacks: {
    // next-auth's own redirects (sign-in, sign-out) stay on this site, on the same rule as the form.
    redirect({ url, baseUrl }) {
      if (url.startsWith('/')) return `${baseUrl}${safeCallbackPath(url)}`;
      try {
        const target = new URL(url);
        if (target.origin === new URL(baseUrl).origin)
          return `${baseUrl}${safeCallbackPath(`${target.pathname}${target.search}${target.hash}`)}`;
      } catch {
        // Not a URL: fall through to the home page.
      }
      return baseUrl;
    },
    jwt({ token, user }) {
      if (user) token.sub = user.id;
      return token;
    },
    session({ session, token }) {
      if (session.user && token.sub) session.user.id = token.sub;
      return session;
    },
  },
};
