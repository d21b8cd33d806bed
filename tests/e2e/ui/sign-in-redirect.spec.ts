import { expect, test } from '@playwright/test';
import { DEMO_PASSWORD, DEMO_USERS } from '../../../prisma/demo-data';

// A link to the sign-in page chooses where people land afterwards: never off the site.
// (A tab, /%09/evil.example, never reaches the page: proxy.ts refuses control characters in the
// query with a 400; tests/unit/auth/safe-callback-path.test.ts covers it for the form's rule.)
for (const callbackUrl of ['/%5Cevil.example', '//evil.example', 'https://evil.example/']) {
  test(`signing in with callbackUrl=${callbackUrl} stays on Counterpoint`, async ({ page, baseURL }) => {
    await page.goto(`/signin?callbackUrl=${callbackUrl}`);
    await page.getByLabel('Email').fill(DEMO_USERS.member.email);
    await page.getByLabel('Password').fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.getByTestId('signed-in-as')).toBeVisible();
    await expect(page).toHaveURL(`${baseURL}/`);
  });
}

test('a callbackUrl on the site is honoured', async ({ page, baseURL }) => {
  await page.goto('/signin?callbackUrl=%2Fcohorts');
  await page.getByLabel('Email').fill(DEMO_USERS.member.email);
  await page.getByLabel('Password').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page).toHaveURL(`${baseURL}/cohorts`);
});
