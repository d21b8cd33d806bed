import 'server-only';
import { NextResponse } from 'next/server';

/**
 * next-auth's route handler calls `request.json()` on any POST that says it is JSON and lets the
 * SyntaxError escape as a 500. Sign-in is the one endpoint anyone may hit unauthenticated, so a
 * malformed body is answered here with a 400 before next-auth sees it (null: let it through).
 */
export async function refuseMalformedAuthBody(request: Request): Promise<Response | null> {
  if (!(request.headers.get('content-type') ?? '').includes('application/json')) return null;
  try {
    // A clone: next-auth reads the original body itself.
    await request.clone().json();
    return null;
  } catch {
    return NextResponse.json({ error: 'The request body must be JSON (or a form).' }, { status: 400 });
  }
}
