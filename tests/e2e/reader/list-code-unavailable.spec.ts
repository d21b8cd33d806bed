import { expect, test } from '@playwright/test';
import { DEMO_ESSAY, DEMO_USERS } from '../../../prisma/demo-data';
import { signIn } from '../support/sign-in';

// The notes list's code is not in the reader's first load: it is fetched once the page is in the
// browser. If that fetch fails (a dropped connection, a deploy that removed the old chunk), the
// sidebar must say what to do rather than "Loading notes…" for ever.
test('when the notes list cannot be fetched, the sidebar says so and the essay stays readable', async ({ page }) => {
  await signIn(page, DEMO_USERS.member.email);
  const path = `/essays/${DEMO_ESSAY.slug}`;
  // The scripts the page itself names are its first load; any other chunk is fetched later.
  const html = await (await page.request.get(path)).text();
  const firstLoad = new Set([...html.matchAll(/\/_next\/static\/chunks\/[\w.-]+\.js/g)].map((m) => m[0]));
  expect(firstLoad.size).toBeGreaterThan(0);
  const refused: string[] = [];
  await page.route('**/_next/static/chunks/*.js', (route) => {
    const chunk = new URL(route.request().url()).pathname;
    if (firstLoad.has(chunk)) return route.continue();
    refused.push(chunk);
    return route.abort('connectionreset');
  });

  await page.goto(path);
  const sidebar = page.getByTestId('annotation-sidebar');
  await expect(sidebar.getByRole('alert')).toHaveText('The notes list could not be loaded. Check your connection and reload the page.');
  await expect(sidebar.getByTestId('annotation-loading')).toHaveCount(0);
  expect(refused.length).toBeGreaterThan(0);
  // The essay itself came with the page.
  await expect(page.getByRole('heading', { level: 1, name: DEMO_ESSAY.title })).toBeVisible();
  await expect(page.getByTestId('claim').first()).toBeVisible();
});
