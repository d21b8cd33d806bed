// An address no route can decode is refused with a 400 a person can read — on pages and on the
// API alike — never Next.js's bare 500 (vercel/next.js#92557). The API's addresses pass through
// proxy.ts only when they hold a "%", so this also checks that its matcher still catches them.
import { expect, test } from '@playwright/test';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

test('malformed percent-escapes and control characters get a 400 that says why', async ({ request }) => {
  const cases = [
    ['GET', '/essays/%FF', /malformed percent-escape/],
    ['GET', '/api/annotations/%C0%AF', /malformed percent-escape/],
    ['POST', '/api/annotations/%FF/replies', /malformed percent-escape/],
    ['GET', '/api/essays/%00/threads', /control character/],
    ['GET', '/api/v1/essays/%E0%A4%A', /malformed percent-escape/],
  ] as const;
  for (const [method, path, message] of cases) {
    const response = await request.fetch(path, { method, failOnStatusCode: false });
    expect(response.status(), `${method} ${path}`).toBe(400);
    expect(((await response.json()) as { error: string }).error, `${method} ${path}`).toMatch(message);
    expect(response.headers()['x-request-id'], `${method} ${path}`).toMatch(UUID);
  }
});

test('a well-formed escape in an API address is served by its route, and an unknown address is a JSON 404', async ({ request }) => {
  // "caf%C3%A9" decodes fine: the threads route answers, with the 404 of an essay that does not exist.
  const essay = await request.get('/api/essays/caf%C3%A9/threads');
  expect(essay.status()).toBe(404);
  expect(((await essay.json()) as { error: string }).error).toMatch(/essay/i);
  for (const path of ['/api/no-such-route', '/api/essays', '/api/v1/nothing/here']) {
    const response = await request.post(path, { failOnStatusCode: false });
    expect(response.status(), path).toBe(404);
    expect(response.headers()['content-type'], path).toContain('application/json');
    expect(((await response.json()) as { error: string }).error, path).toMatch(/No API route answers at this address/);
  }
});
