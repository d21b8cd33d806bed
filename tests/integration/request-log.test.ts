// A refused request writes exactly one JSON log line, carrying the request id the client was
// given in X-Request-Id, its route pattern and status — and nothing of what the request carried.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { log } from '@/lib/server/log';
import { POST as joinCohort } from '@/app/api/join/route';

const APP = 'http://counterpoint.test';

afterEach(() => vi.restoreAllMocks());

describe('request logs', () => {
  it('a refused write logs one line with the id the client received, and no cookie or body', async () => {
    log().level = 'info';
    const lines: string[] = [];
    vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
      lines.push(String(chunk));
      return true;
    });
    const response = await joinCohort(
      new Request(`${APP}/api/join`, {
        method: 'POST',
        headers: {
          host: 'counterpoint.test',
          origin: 'http://evil.example',
          'content-type': 'application/json',
          cookie: 'next-auth.session-token=secret-cookie-value',
        },
        body: '{"code":"SECRETCODE1"}',
      }),
    );
    vi.restoreAllMocks();
    expect(response.status).toBe(403);
    const requestId = response.headers.get('x-request-id');
    expect(requestId).toMatch(/^[0-9a-f-]{36}$/);
    const logged = lines.join('').split('\n').filter(Boolean);
    expect(logged).toHaveLength(1);
    const line = JSON.parse(logged[0]!) as Record<string, unknown>;
    expect(line).toMatchObject({ requestId, route: '/api/join', method: 'POST', status: 403, code: 'FORBIDDEN', level: 'info' });
    expect(logged[0]).not.toContain('secret-cookie-value');
    expect(logged[0]).not.toContain('SECRETCODE1');
    expect(line).not.toHaveProperty('stack');
  });
});
