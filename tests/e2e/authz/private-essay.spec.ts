import { expect, test } from '@playwright/test';
import { DEMO_ESSAY, DEMO_USERS } from '../../../prisma/demo-data';
import { signIn } from '../support/sign-in';

test('a signed-in outsider gets a 404 for the cohort essay and does not see it listed', async ({ page }) => {
  await signIn(page, DEMO_USERS.outsider.email);
  await expect(page.getByRole('link', { name: DEMO_ESSAY.title })).toHaveCount(0);
  const response = await page.goto(`/essays/${DEMO_ESSAY.slug}`);
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { name: 'Not found' })).toBeVisible();
  await expect(page.getByTestId('claim')).toHaveCount(0);
});

test('a signed-out visitor gets the same 404', async ({ page }) => {
  const response = await page.goto(`/essays/${DEMO_ESSAY.slug}`);
  expect(response?.status()).toBe(404);
});

test('a new account can sign up, and is an outsider to the cohort', async ({ page }) => {
  await page.goto('/signup');
  await page.getByLabel('Name').fill('New Reader');
  await page.getByLabel('Email').fill(`new-${Date.now()}@example.test`);
  await page.getByLabel('Password').fill('short');
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(page.getByTestId('form-error')).toHaveText('Use at least 10 characters for your password.');
  await page.getByLabel('Password').fill('a-long-enough-password');
  await page.getByRole('button', { name: 'Create account' }).click();
  await expect(page.getByTestId('signed-in-as')).toHaveText('New Reader');
  await expect(page.getByRole('heading', { name: 'Essays' })).toBeVisible();
  await expect(page.getByRole('link', { name: DEMO_ESSAY.title })).toHaveCount(0);
  expect((await page.goto(`/essays/${DEMO_ESSAY.slug}`))?.status()).toBe(404);
});
