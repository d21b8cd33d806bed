import { expect, test } from '@playwright/test';
import { DEMO_ESSAY, DEMO_USERS } from '../../../prisma/demo-data';
import { waitForNotes, waitUntilLive } from '../annotate/helpers';
import { signIn } from '../support/sign-in';

// A page view asks the server for what it shows. Links prefetch their page once a reader shows
// intent (hover, touch, focus), not because they are on screen: the reader alone has eight.
test('the reader prefetches no page until a link is hovered, then that one, and it still navigates', async ({ page }) => {
  await signIn(page, DEMO_USERS.member.email);
  const prefetched: string[] = [];
  page.on('request', (request) => {
    if (request.headers()['next-router-prefetch']) prefetched.push(new URL(request.url()).pathname);
  });
  await page.goto(`/essays/${DEMO_ESSAY.slug}`);
  await waitForNotes(page);
  await waitUntilLive(page);

  const mapLink = page.getByRole('link', { name: 'Argument map' });
  const mapPath = `/essays/${DEMO_ESSAY.slug}/map`;
  const hovered = page.waitForRequest((r) => Boolean(r.headers()['next-router-prefetch']) && new URL(r.url()).pathname === mapPath);
  await mapLink.hover();
  await hovered;
  // Every other link on the page (header, essay tabs, claims) was on screen the whole time.
  expect(prefetched.filter((path) => path !== mapPath)).toEqual([]);

  await mapLink.click();
  await expect(page).toHaveURL(new RegExp(`${mapPath}$`));
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
});
