// Route handlers read the session through next/headers, which only works inside a request that
// Next.js is serving. Tests that call handlers directly run them inside the same two async stores
// Next.js sets up per request (work + work unit), holding the request's headers and cookies, so
// getServerSession sees exactly what a browser would have sent. (next internals: if an upgrade of
// Next moves these modules, this file is the one place to follow them.)
import { encode } from 'next-auth/jwt';
import { AsyncLocalStorage } from 'node:async_hooks';

// Next's server sets this global before loading its stores; without it they refuse to start.
(globalThis as { AsyncLocalStorage?: unknown }).AsyncLocalStorage ??= AsyncLocalStorage;
const { RequestCookies } = await import('next/dist/compiled/@edge-runtime/cookies/index.js');
const { workAsyncStorage } = await import('next/dist/server/app-render/work-async-storage.external.js');
const { workUnitAsyncStorage } = await import('next/dist/server/app-render/work-unit-async-storage.external.js');
// Loaded after the global above too (next/server pulls in the same stores).
export const { NextRequest } = await import('next/server');

/** The session cookie next-auth would have set after `userId` signed in (over http). */
export async function sessionCookieFor(userId: string, email: string): Promise<string> {
  const token = await encode({ token: { sub: userId, email, name: email }, secret: process.env.NEXTAUTH_SECRET! });
  return `next-auth.session-token=${token}`;
}

/** Runs `run` as if Next.js were serving `request`: next/headers answers with its headers and cookies. */
export function inRequestScope<T>(request: Request, run: () => Promise<T>): Promise<T> {
  const headers = new Headers(request.headers);
  const workStore = { route: new URL(request.url).pathname, forceStatic: false, dynamicShouldError: false, isStaticGeneration: false };
  const workUnitStore = { type: 'request', phase: 'render', headers, cookies: new RequestCookies(headers) };
  return workAsyncStorage.run(workStore as never, () => workUnitAsyncStorage.run(workUnitStore as never, run));
}
