import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { parseEssay } from '../../../lib/domain/essay';
import { DEMO_ESSAY, DEMO_USERS } from '../../../prisma/demo-data';
import { DEMO_REVISION } from '../../../prisma/demo/alliances-responses';
import { signIn } from '../support/sign-in';

// What the reader should see is what the ingestion makes of the demo file, with the one claim the
// author has since reworded in answer to a critique (the demo's revision 2).
const parsed = parseEssay(readFileSync(DEMO_ESSAY.file, 'utf8'));
const claims = parsed.sections
  .flatMap((section) => section.claims)
  .map((claim) => (claim.text === DEMO_REVISION.from ? { ...claim, text: DEMO_REVISION.to } : claim));

test('a cohort member reads the demo essay and opens a claim', async ({ page }) => {
  await signIn(page, DEMO_USERS.member.email);
  await page.getByRole('link', { name: DEMO_ESSAY.title }).click();

  await expect(page.getByRole('heading', { level: 1, name: DEMO_ESSAY.title })).toBeVisible();
  await expect(page.getByText('Tashvi Chawla', { exact: true })).toBeVisible();
  await expect(page.getByRole('link', { name: 'IMPRI' })).toBeVisible();

  const headings = parsed.sections.map((s) => s.title).filter((t): t is string => t !== null);
  await expect(page.getByRole('heading', { level: 2 }).filter({ hasNotText: /^Claims?$/ })).toHaveText(headings);
  await expect(page.getByTestId('essay-section')).toHaveCount(parsed.sections.length);
  await expect(page.getByTestId('claim')).toHaveText(claims.map((c) => c.text));
  // The trailer is shown as information about the essay, not as claims.
  await expect(page.getByRole('complementary', { name: 'About this essay' })).toContainText('Disclaimer');

  const chosen = claims[5]!;
  await page.getByTestId('claim').nth(5).click();
  const panel = page.getByTestId('claim-panel');
  await expect(panel.getByTestId('claim-panel-text')).toHaveText(chosen.text);
  await expect(panel).toContainText(`Claim 6 of ${claims.length}`);
  // The member has not rated this claim: how many others did stays blind.
  await expect(panel).toContainText('0 annotations, ratings hidden until you rate, 0 arguments');
  await expect(page).toHaveURL(/#claim-/);

  await panel.getByRole('link', { name: 'Next claim →' }).click();
  await expect(panel.getByTestId('claim-panel-text')).toHaveText(claims[6]!.text);
});

test('claims can be reached from the keyboard', async ({ page }) => {
  await signIn(page, DEMO_USERS.member.email);
  await page.goto(`/essays/${DEMO_ESSAY.slug}`);
  const first = page.getByTestId('claim').first();
  await first.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('claim-panel-text')).toHaveText(claims[0]!.text);
});

test('the browser tab shows the site icon, and /favicon.ico is an icon, not a page', async ({ page, request }) => {
  await page.goto('/');
  // Every icon the page declares is served as an image.
  const icons = await page.locator('head link[rel="icon"]').evaluateAll((links) => links.map((l) => l.getAttribute('href')!));
  expect(icons.length).toBeGreaterThan(0);
  for (const href of icons) {
    const response = await request.get(href);
    expect(response.status(), href).toBe(200);
    expect(response.headers()['content-type'], href).toMatch(/^image\//);
  }
  // Browsers and feed readers still ask for /favicon.ico without a link: it must not be a 404 page.
  const favicon = await request.get('/favicon.ico');
  expect(favicon.status()).toBe(200);
  expect(favicon.headers()['content-type']).toMatch(/^image\//);
});
