// Issue 14, end to end: members have rated (planted), the reader rates in the browser, and the
// opinion map opens on them with two groups and a crux; the crux leads to its claim's page, where
// both sides' arguments are.
import { execFileSync } from 'node:child_process';
import { expect, test } from '@playwright/test';
import { signIn } from '../support/sign-in';

const PASSWORD = 'opinion-map-password-7';
type TPlanted = { email: string; slug: string; claimIds: string[] };

function plant(): TPlanted {
  const output = execFileSync(
    process.execPath,
    ['--conditions=react-server', '--import', 'tsx', 'tests/e2e/opinion/plant-opinion-map.ts', PASSWORD],
    { env: process.env, encoding: 'utf8' },
  );
  return JSON.parse(output.trim().split('\n').at(-1) ?? '{}') as TPlanted;
}

// How the reader rates the six claims: with the first camp.
const READER_RATINGS = ['Strongly agree', 'Strongly agree', 'Agree', 'Strongly disagree', 'Disagree', 'Agree'] as const;

test('members rate, the opinion map shows two groups and a crux, and the crux leads to both sides’ arguments', async ({ page }) => {
  // A plant, a sign-in and eight page loads: generous, as the suite shares two cores with builds.
  test.setTimeout(180_000);
  const planted = plant();
  await signIn(page, planted.email, PASSWORD);

  // Before rating: the map is closed, with no figure from anyone's ratings.
  await page.goto(`/essays/${planted.slug}`);
  await page.getByRole('link', { name: 'Opinion map' }).click();
  await expect(page.getByRole('heading', { name: 'Rate 5 claims to see the opinion map' })).toBeVisible();
  await expect(page.getByText('you have rated 0 claims so far.')).toBeVisible();
  await expect(page.getByTestId('opinion-map-chart')).toHaveCount(0);
  await expect(page.getByTestId('crux')).toHaveCount(0);

  for (const [index, claimId] of planted.claimIds.entries()) {
    await page.goto(`/essays/${planted.slug}/claims/${claimId}`);
    await expect(page.getByTestId('rating-widget')).toHaveAttribute('data-hydrated', 'true');
    const agreement = page.getByTestId('rating-axis-agreement');
    const button = agreement.getByRole('button', { name: READER_RATINGS[index], exact: true });
    await button.click();
    await expect(button).toHaveAttribute('aria-pressed', 'true');
  }

  await page.goto(`/essays/${planted.slug}`);
  await page.getByRole('link', { name: 'Opinion map' }).click();
  await expect(page.getByRole('heading', { name: /^Opinion map:/ })).toBeVisible();
  await expect(page.getByTestId('opinion-map-chart')).toBeVisible();
  // The app recomputes the map a few seconds after the reader's last rating (off the request
  // path); until then the page shows the map of the seven planted members. Either is right: the
  // reader, once placed, is ringed as "you" in the first camp's group.
  const isPlaced = (await page.getByTestId('opinion-map-you').count()) === 1;
  const groups = page.getByTestId('opinion-group');
  await expect(groups).toHaveCount(2);
  await expect(groups.nth(0)).toContainText(isPlaced ? 'Group A · 5 members · your group' : 'Group A · 4 members');
  await expect(groups.nth(0)).toContainText('Ana Alpha');
  await expect(groups.nth(1)).toContainText('Group B · 3 members');
  await expect(groups.nth(1)).toContainText('Bo Beta');
  await expect(page.getByTestId('opinion-map-chart').locator('circle')).toHaveCount(isPlaced ? 8 : 7);

  // The first claim splits the camps: A agrees (4 of 4), B disagrees (3 of 3).
  const crux = page.getByTestId('crux').filter({ hasText: 'Alliances deter war.' });
  await expect(crux).toHaveCount(1);
  await expect(crux).toContainText('group A leans to agree, group B to disagree');
  await expect(crux).toContainText('Alliances dragged Europe into war in 1914.');
  await expect(crux).toContainText('endorsed by 2 in group B');
  await expect(crux).toContainText('NATO kept the peace in Europe for seventy years.');
  // Everyone agrees with the sixth claim.
  await expect(page.getByRole('list', { name: 'Common ground' })).toContainText('Diplomacy takes patience.');

  await crux.getByRole('link', { name: 'Alliances deter war.' }).click();
  await expect(page).toHaveURL(new RegExp(`/essays/${planted.slug}/claims/${planted.claimIds[0]}$`));
  await expect(page.getByTestId('arguments-for')).toContainText('NATO kept the peace in Europe for seventy years.');
  await expect(page.getByTestId('arguments-against')).toContainText('Alliances dragged Europe into war in 1914.');
});
