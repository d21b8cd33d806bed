import { expect, test } from '@playwright/test';
import { DEMO_USERS } from '../../../prisma/demo-data';
import { signIn } from '../support/sign-in';
import { claimIdAt, openClaim } from './helpers';

test('a member sees how others rated a claim only after rating it, and can retract without going blind again', async ({ page }) => {
  await signIn(page, DEMO_USERS.member.email);
  const claimId = await claimIdAt(page, 0);
  const claimText = await page.getByTestId('claim').first().textContent();
  await openClaim(page, claimId);
  await expect(page.getByTestId('claim-text')).toHaveText(claimText ?? '');
  await expect(page.getByRole('link', { name: /Back to/ })).toHaveAttribute(
    'href',
    `/essays/so-many-alliances?claim=${claimId}#claim-${claimId}`,
  );

  const agreement = page.getByTestId('rating-axis-agreement');
  const evidence = page.getByTestId('rating-axis-evidence');
  await expect(agreement).toContainText('Rate to see how others rated');
  await expect(agreement.getByTestId('rating-histogram')).toHaveCount(0);

  await agreement.getByRole('button', { name: 'Agree', exact: true }).click();
  await expect(agreement.getByRole('button', { name: 'Agree', exact: true })).toHaveAttribute('aria-pressed', 'true');
  await expect(agreement.getByTestId('rating-count')).toHaveText('1 rating');
  await expect(agreement.getByTestId('rating-bar')).toHaveCount(5);
  const mine = agreement.locator('[data-testid="rating-bar"][data-value="4"]');
  await expect(mine).toHaveAttribute('data-count', '1');
  await expect(mine).toHaveAttribute('aria-label', 'Agree: 1 rating (yours among them)');
  await expect(agreement.locator('[data-testid="rating-bar"][data-count="0"]')).toHaveCount(4);
  await expect(agreement.getByTestId('rating-mean')).toHaveText('4.0');
  await expect(agreement.getByTestId('rating-consensus')).toHaveText('too few ratings');
  // The other axis stays hidden until rated on its own.
  await expect(evidence).toContainText('Rate to see how others rated');

  // The rating is stored: it is there after a reload.
  await page.reload();
  await expect(page.getByTestId('rating-widget')).toHaveAttribute('data-hydrated', 'true');
  await expect(agreement.getByTestId('rating-count')).toHaveText('1 rating');

  await agreement.getByRole('button', { name: 'Strongly agree' }).click();
  await expect(agreement.locator('[data-testid="rating-bar"][data-value="5"]')).toHaveAttribute('data-count', '1');
  await expect(agreement.locator('[data-testid="rating-bar"][data-value="4"]')).toHaveAttribute('data-count', '0');

  // Retracting takes the rating back, not the sight of the others' (docs/adr/0003-blind-ratings.md).
  await agreement.getByRole('button', { name: 'Retract' }).click();
  await expect(agreement.getByTestId('rating-count')).toHaveText('0 ratings');
  await expect(agreement.getByRole('button', { name: 'Strongly agree' })).toHaveAttribute('aria-pressed', 'false');

  // Rated again, so the claim keeps one rating for whoever looks next.
  await agreement.getByRole('button', { name: 'Agree', exact: true }).click();
  await expect(agreement.getByTestId('rating-count')).toHaveText('1 rating');
});
