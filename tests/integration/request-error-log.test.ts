// A page that fails to render is logged as one JSON line carrying the id its answer was given
// (proxy.ts sets it on the request; Next.js hands the request to instrumentation.ts), the
// route's pattern rather than its path, and nothing the request carried.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { onRequestError } from '@/instrumentation';
import { log } from '@/lib/server/log';

afterEach(() => vi.restoreAllMocks());

async function linesLoggedBy(run: () => Promise<void>): Promise<Record<string, unknown>[]> {
  log().level = 'info';
  const lines: string[] = [];
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    lines.push(String(chunk));
    return true;
  });
  try {
    await run();
  } finally {
    vi.restoreAllMocks();
  }
  return lines
    .join('')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as Record<string, unknown>);
}

describe('a failed page render', () => {
  it('logs one line with the request id, method and route pattern, the error’s first line and stack frames', async () => {
    vi.stubEnv('NEXT_RUNTIME', 'nodejs');
    const error = Object.assign(new Error('column "x" does not exist\nin query with the words of a note'), { digest: '1234567' });
    const logged = await linesLoggedBy(() =>
      Promise.resolve(
        onRequestError(
          error,
          {
            path: '/essays/on-liberty?claim=abc',
            method: 'GET',
            headers: { 'x-request-id': '7f3a9c1e0b2d4e6f8a0b1c2d3e4f5a6b', cookie: 'next-auth.session-token=secret-cookie-value' },
          },
          { routerKind: 'App Router', routePath: '/essays/[slug]', routeType: 'render', revalidateReason: undefined },
        ),
      ),
    );
    vi.unstubAllEnvs();
    expect(logged).toHaveLength(1);
    const line = logged[0]!;
    expect(line).toMatchObject({
      level: 'error',
      requestId: '7f3a9c1e0b2d4e6f8a0b1c2d3e4f5a6b',
      method: 'GET',
      route: '/essays/[slug]',
      routeType: 'render',
      digest: '1234567',
      error: { type: 'Error', message: 'column "x" does not exist' },
      msg: 'request failed',
    });
    expect((line.error as { stack: string }).stack).toMatch(/^at /);
    const text = JSON.stringify(line);
    for (const absent of ['secret-cookie-value', 'on-liberty', 'words of a note']) expect(text).not.toContain(absent);
  });
});
