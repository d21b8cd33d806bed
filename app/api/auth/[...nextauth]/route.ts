import { NextResponse } from 'next/server';
import NextAuth from 'next-auth';
import { authOptions } from '@/lib/server/auth/auth-options';
import { refuseMalformedAuthBody } from '@/lib/server/auth/refuse-malformed-auth-body';
import { observeRoute } from '@/lib/server/http/observe-route';

const handler = NextAuth(authOptions);

type TContext = { params: Promise<{ nextauth: string[] }> };

// next-auth's handler is not one of our route adapters, so it is observed here (observe-route.ts):
// its answers carry a request id and its latency is measured like every API route's.
async function GET(request: Request, context: TContext) {
  return observeRoute(request, async () => {
    // next-auth answers a GET to the credentials callback with a 500 ("not supported"): only the
    // sign-in form's POST goes there, so anything else is told so with a 405.
    const [action, provider] = (await context.params).nextauth ?? [];
    if (action === 'callback' && provider === 'credentials') {
      return NextResponse.json(
        { error: 'Sign in with the form: it POSTs your email and password here.' },
        { status: 405, headers: { Allow: 'POST' } },
      );
    }
    return handler(request, context);
  });
}

async function POST(request: Request, context: TContext) {
  return observeRoute(request, async () => (await refuseMalformedAuthBody(request)) ?? handler(request, context));
}

export { GET, POST };
