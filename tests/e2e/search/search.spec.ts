// Issue 14: a member searches from the site header with web-search syntax, sees the matched words
// highlighted, and follows a result to where it is read — by keyboard; then searches one essay.
import { execFileSync } from 'node:child_process';
import { expect, test } from '@playwright/test';
import { DEMO_USERS } from '../../../prisma/demo-data';
import { DEMO_FELLOWS } from '../../../prisma/demo/people';
import { signIn } from '../support/sign-in';

type TPlanted = { slug: string; word: string; wanted: string; argument: string; claimText: string };
let planted: TPlanted;

test.beforeAll(() => {
  const output = execFileSync(process.execPath, ['--conditions=react-server', '--import', 'tsx', 'tests/e2e/search/plant-search.ts'], {
    env: process.env,
    encoding: 'utf8',
  });
  planted = JSON.parse(output.trim().split('\n').at(-1) ?? '{}') as TPlanted;
});

test('a member searches from the header with a phrase and an exclusion, and opens the note', async ({ page }) => {
  await signIn(page, DEMO_USERS.member.email);
  const box = page.getByRole('search', { name: 'Search everything' }).getByRole('searchbox');
  await box.fill(`"${planted.word} harbour" -navy`);
  await box.press('Enter');

  await expect(page).toHaveURL(/\/search\?q=/);
  // Of the three notes with the word, one has the phrase and no "navy".
  const results = page.getByTestId('search-result');
  await expect(results).toHaveCount(1);
  await expect(results.first()).toContainText(`Note · ${DEMO_FELLOWS.leila.name}`);
  await expect(results.first()).toContainText('harbour treaties kept the peace for decades');
  await expect(results.first().locator('mark')).toHaveText([planted.word, 'harbour']);

  // Tab from the search form's button to the result, and follow it with Enter.
  await page.getByRole('button', { name: 'Search', exact: true }).last().focus();
  const link = results.first().getByRole('link');
  for (let i = 0; i < 5 && !(await link.evaluate((el) => el === document.activeElement)); i += 1) await page.keyboard.press('Tab');
  await expect(link).toBeFocused();
  await page.keyboard.press('Enter');

  await expect(page).toHaveURL(new RegExp(`/essays/${planted.slug}\\?claim=`));
  await expect(page.getByTestId('claim-panel-text')).toHaveText(planted.claimText);
  await expect(page.getByText(planted.wanted)).toBeVisible();
});

test('the essay’s own box searches that essay, and an argument opens on its claim’s page', async ({ page }) => {
  await signIn(page, DEMO_USERS.member.email);
  await page.goto(`/essays/${planted.slug}`);
  const box = page.getByRole('search', { name: 'Search this essay' }).getByRole('searchbox');
  await box.fill(`fleets ${planted.word}`);
  await box.press('Enter');

  const results = page.getByTestId('search-result');
  await expect(results).toHaveCount(1);
  await expect(results.first()).toContainText('Argument');
  await results.first().getByRole('link').click();
  await expect(page).toHaveURL(new RegExp(`/essays/${planted.slug}/claims/.+#argument-`));
  // The link names the argument's card (a client-side navigation does not move :target).
  await expect(page.locator(new URL(page.url()).hash)).toContainText(planted.argument);
});

test('a search with nothing to find, or too long, says so', async ({ page }) => {
  await page.goto(`/search?q=${'x'.repeat(201)}`);
  await expect(page.getByRole('main').getByRole('alert')).toContainText('at most 200 characters');
  await page.goto(`/search?q=${planted.word}`);
  // Signed out, the cohort's essay is not readable: nothing matches.
  await expect(page.getByTestId('search-summary')).toHaveText(`Nothing you can read matches “${planted.word}”.`);
});
