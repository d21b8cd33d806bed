import { expect, test } from '@playwright/test';
import { DEMO_ESSAY, DEMO_USERS } from '../../../prisma/demo-data';
import { dragSelect } from '../annotate/helpers';
import { signIn } from '../support/sign-in';

// The notes list's and the composer's code are not in the reader's first load: they are fetched
// once the page is in the browser. If that fails (a dropped connection, a deploy that removed the
// old chunks), the reader must say what to do rather than "Loading notes…" for ever, or an
// Annotate button that opens nothing.
test('when the notes list and editor cannot be fetched, the reader says so and the essay stays readable', async ({ page }) => {
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

  await dragSelect(page, { claim: 2, offset: 0 }, { claim: 2, offset: 12 });
  await page.getByTestId('annotate-button').click();
  await expect(page.getByRole('alert').filter({ hasText: 'note editor' })).toHaveText(
    'The note editor could not be loaded. Check your connection and reload the page.',
  );
});
