// Next calls register() once as the server starts, before it serves a request.
export async function register(): Promise<void> {
  // Only the Node.js server has signals and pools; the edge runtime (if ever used) has neither.
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const { installGracefulShutdown, shutdownTimeoutMs } = await import('@/lib/server/process/shutdown');
  installGracefulShutdown({ timeoutMs: shutdownTimeoutMs(process.env.COUNTERPOINT_SHUTDOWN_TIMEOUT_MS) });
}
