import { expect, type Page } from '@playwright/test';

/** Creates a personal access token on /account, as a person would, and reads it off the screen. */
export async function createTokenInUi(page: Page, name: string, scope: 'Read' | 'Write'): Promise<string> {
  await page.goto('/account');
  await page.getByLabel('Name').fill(name);
  await page.getByRole('radio', { name: new RegExp(`^${scope} —`) }).check();
  await page.getByRole('button', { name: 'Create token' }).click();
  const token = page.getByTestId('new-token');
  await expect(token).toHaveText(/^cp_[A-Za-z0-9_-]{43}$/);
  return (await token.textContent()) ?? '';
}

export const bearer = (token: string) => ({ Authorization: `Bearer ${token}` });
