import { expect, test } from '@playwright/test';
import { DEMO_USERS } from '../../../prisma/demo-data';
import { signIn } from '../support/sign-in';
import { claimIdAt, claimPath, mapPath } from './helpers';

test('outsiders get a 404 for the claim page and the map; an unknown claim is a 404 too', async ({ page, browser }) => {
  await signIn(page, DEMO_USERS.member.email);
  const claimId = await claimIdAt(page, 0);
  expect((await page.goto(claimPath('no-such-claim')))?.status()).toBe(404);

  const outsider = await browser.newPage();
  await signIn(outsider, DEMO_USERS.outsider.email);
  for (const path of [claimPath(claimId), mapPath]) {
    expect((await outsider.goto(path))?.status()).toBe(404);
    await expect(outsider.getByRole('heading', { name: 'Not found' })).toBeVisible();
  }
  await outsider.close();
});
