import type { Instrumentation } from 'next';

// Next calls register() once as the server starts, before it serves a request.
export async function register(): Promise<void> {
  // Only the Node.js server has signals and pools; the edge runtime (if ever used) has neither.
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const { installGracefulShutdown, shutdownTimeoutMs } = await import('@/lib/server/process/shutdown');
  installGracefulShutdown({ timeoutMs: shutdownTimeoutMs(process.env.COUNTERPOINT_SHUTDOWN_TIMEOUT_MS) });
}

// Next.js calls onRequestError for an error no handler answered — above all a page that failed
// to render — after printing it its own way. This writes the one JSON line the operator
// searches for, with the request id proxy.ts gave the request (also in the answer's
// X-Request-Id), so a person's "it broke, request id …" leads to it. API routes answer their
// errors themselves (json-route.ts) and log them there.
export const onRequestError: Instrumentation.onRequestError = async (error, request, context) => {
  // Only on the Node.js server: the logger writes to process.stdout.
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const { logRequestError } = await import('@/lib/server/log-request-error');
  logRequestError(error, request, context);
};
