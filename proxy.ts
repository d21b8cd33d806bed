import { NextResponse, type NextRequest } from 'next/server';
import { describeMalformedUrl } from '@/lib/domain/http/malformed-url';

// Runs before Next.js routes (and decodes) a request: URLs no route can answer are refused here
// with a 400 a person can read, rather than a 500 from the framework or the database.
export function proxy(request: NextRequest) {
  const problem = describeMalformedUrl(request.nextUrl.pathname, request.nextUrl.search);
  if (problem === null) return NextResponse.next();
  return NextResponse.json({ error: problem }, { status: 400 });
}

export const config = {
  // Build assets are served by name and never reach a route.
  matcher: ['/((?!_next/static|_next/image|favicon\\.ico).*)'],
};
