// Every answer — page or API — carries the id its log lines carry (X-Request-Id). A client
// cannot choose it: with no trusted proxy in front (this server has none) an id it sends is
// replaced by a fresh one, so one person cannot make their requests look like another's in logs.
import { expect, test } from '@playwright/test';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

test('pages and API answers each carry a fresh request id', async ({ request }) => {
  const ids: string[] = [];
  for (const path of ['/', '/signin', '/api/health', '/api/v1/essays', '/api/no-such-route']) {
    const response = await request.get(path);
    const id = response.headers()['x-request-id'] ?? '';
    expect(id, `X-Request-Id of ${path}`).toMatch(UUID);
    ids.push(id);
  }
  expect(new Set(ids).size).toBe(ids.length);
});

test('an id sent by the client is not adopted when no trusted proxy set it', async ({ request }) => {
  const chosen = 'chosen-by-the-client-0001';
  for (const path of ['/', '/api/health']) {
    const response = await request.get(path, { headers: { 'X-Request-Id': chosen } });
    expect(response.headers()['x-request-id'], path).toMatch(UUID);
  }
});
