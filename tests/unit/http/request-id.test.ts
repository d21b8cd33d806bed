import { describe, expect, it } from 'vitest';
import { requestIdFor } from '@/lib/server/http/request-id';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const NGINX_ID = '7f3a9c1e0b2d4e6f8a0b1c2d3e4f5a6b';

describe('requestIdFor (proxy.ts and observe-route.ts: the id a request gets)', () => {
  it.each([
    ['no proxy trusted: the client’s id is replaced', {}, NGINX_ID, UUID],
    ['a trusted proxy’s id (nginx $request_id) is kept', { COUNTERPOINT_TRUSTED_PROXIES: '1' }, NGINX_ID, NGINX_ID],
    [
      'a trusted proxy’s UUID is kept',
      { COUNTERPOINT_TRUSTED_PROXIES: '2' },
      'b3c1d2e4-0000-4abc-8def-0123456789ab',
      'b3c1d2e4-0000-4abc-8def-0123456789ab',
    ],
    ['behind a trusted proxy, no id: a fresh one', { COUNTERPOINT_TRUSTED_PROXIES: '1' }, null, UUID],
    ['behind a trusted proxy, spaces and quotes: a fresh one', { COUNTERPOINT_TRUSTED_PROXIES: '1' }, 'id "with" spaces', UUID],
    ['behind a trusted proxy, too short: a fresh one', { COUNTERPOINT_TRUSTED_PROXIES: '1' }, 'abc', UUID],
    ['behind a trusted proxy, over 128 characters: a fresh one', { COUNTERPOINT_TRUSTED_PROXIES: '1' }, 'a'.repeat(129), UUID],
    ['a malformed proxy count trusts nothing', { COUNTERPOINT_TRUSTED_PROXIES: 'yes' }, NGINX_ID, UUID],
  ] as const)('%s', (_case, env, incoming, expected) => {
    const headers = new Headers(incoming === null ? {} : { 'x-request-id': incoming });
    const id = requestIdFor(headers, env);
    if (typeof expected === 'string') expect(id).toBe(expected);
    else expect(id).toMatch(expected);
  });

  it('gives two requests two different ids', () => {
    expect(requestIdFor(new Headers(), {})).not.toBe(requestIdFor(new Headers(), {}));
  });
});
