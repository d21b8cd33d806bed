import { expect, test } from '@playwright/test';

test('an owner turns pseudonyms on for an existing cohort and picks one; it holds after a reload', async ({ page }) => {
  await page.goto('/signup');
  await page.getByLabel('Name').fill('Greta Realname');
  await page.getByLabel('Email').fill(`pseudonym-${Date.now()}@example.test`);
  await page.getByLabel('Password').fill('a-long-enough-password');
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(page.getByTestId('signed-in-as')).toHaveText('Greta Realname');

  await page.goto('/cohorts');
  await page.getByLabel('Name', { exact: true }).fill('Reading circle');
  await page.getByRole('button', { name: 'Create cohort' }).click();
  await expect(page).toHaveURL(/\/cohorts\/[^/]+$/);

  const settings = page.getByTestId('pseudonym-settings');
  await expect(settings).toContainText('Members of this cohort go by their names.');
  await settings.getByRole('button', { name: 'Allow pseudonyms' }).click();
  await expect(page.getByTestId('pseudonym-input')).toBeVisible();

  await page.getByTestId('pseudonym-input').fill('Quiet Heron');
  await page.getByRole('button', { name: 'Save pseudonym' }).click();
  await expect(page.getByRole('button', { name: 'Save pseudonym' })).toBeEnabled();
  await page.reload();
  await expect(page.getByTestId('pseudonym-input')).toHaveValue('Quiet Heron');
  // Once on, there is no way back from the page.
  await expect(page.getByRole('button', { name: 'Allow pseudonyms' })).toHaveCount(0);
});
