import NextAuth from 'next-auth';
import { authOptions } from '@/lib/server/auth/auth-options';
import { refuseMalformedAuthBody } from '@/lib/server/auth/refuse-malformed-auth-body';

const handler = NextAuth(authOptions);

type TContext = { params: Promise<{ nextauth: string[] }> };

async function POST(request: Request, context: TContext) {
  return (await refuseMalformedAuthBody(request)) ?? handler(request, context);
}

export { handler as GET, POST };
