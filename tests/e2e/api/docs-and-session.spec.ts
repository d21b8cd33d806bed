import { expect, test } from '@playwright/test';
import { DEMO_ESSAY, DEMO_USERS } from '../../../prisma/demo-data';
import { signIn } from '../support/sign-in';

test('the OpenAPI document is served and the reference page renders it', async ({ page, request }) => {
  const response = await request.get('/api/v1/openapi.json');
  expect(response.status()).toBe(200);
  const document = (await response.json()) as { openapi: string; paths: Record<string, Record<string, unknown>> };
  expect(document.openapi).toBe('3.1.0');
  const operationCount = Object.values(document.paths).reduce((n, methods) => n + Object.keys(methods).length, 0);

  await page.goto('/docs/api');
  await expect(page.getByRole('heading', { level: 1, name: 'Counterpoint API' })).toBeVisible();
  await expect(page.getByTestId('api-operation')).toHaveCount(operationCount);
  const annotate = page.getByTestId('api-operation').filter({ hasText: 'Annotate a span of the essay' });
  await expect(annotate).toContainText('write scope');
  // The example points at the server the page was served from (whatever port the run uses).
  await expect(annotate.getByTestId('api-curl')).toContainText(
    /curl -X POST "http:\/\/localhost:\d+\/api\/v1\/essays\/\$SLUG\/annotations"/,
  );
  await expect(annotate.getByTestId('api-curl')).toContainText('Authorization: Bearer $COUNTERPOINT_TOKEN');
  await annotate.getByRole('link', { name: 'CreateAnnotation' }).click();
  await expect(page.locator('#schema-CreateAnnotation')).toContainText('selectors.quote.exact');
});

test('reads work with the browser session or anonymously (public essays only); writes need a token', async ({ page, request }) => {
  const anonymous = (await (await request.get('/api/v1/essays')).json()) as { essays: { slug: string }[] };
  expect(anonymous.essays.map((e) => e.slug)).not.toContain(DEMO_ESSAY.slug);
  expect((await request.get(`/api/v1/essays/${DEMO_ESSAY.slug}`)).status()).toBe(404);

  await signIn(page, DEMO_USERS.member.email);
  expect((await page.request.get(`/api/v1/essays/${DEMO_ESSAY.slug}`)).status()).toBe(200);
  const write = await page.request.post(`/api/v1/essays/${DEMO_ESSAY.slug}/arguments`, {
    data: { target: { type: 'claim', id: 'any' }, stance: 'SUPPORT', text: 'Session only.' },
  });
  expect(write.status()).toBe(401);
  expect(((await write.json()) as { error: string }).error).toMatch(/personal access token with write scope/);
});
