import { expect, type Page } from '@playwright/test';
import { DEMO_ESSAY } from '../../../prisma/demo-data';

export const essayPath = `/essays/${DEMO_ESSAY.slug}`;

/**
 * The id of the essay's claim number `index` (0-based), read from the reader as a person would
 * find it: the claim element's id is `claim-<id>`. Specs here use claims 0 and 1 (ratings,
 * arguments); tests/e2e/ui expects claim 6 (index 5) untouched.
 */
export async function claimIdAt(page: Page, index: number): Promise<string> {
  await page.goto(essayPath);
  const element = page.getByTestId('claim').nth(index);
  await expect(element).toHaveAttribute('id', /^claim-/);
  return ((await element.getAttribute('id')) ?? '').replace(/^claim-/, '');
}

export const claimPath = (claimId: string): string => `${essayPath}/claims/${claimId}`;
export const mapPath = `${essayPath}/map`;

/** Opens a claim page and waits until its controls respond (they are server-rendered first). */
export async function openClaim(page: Page, claimId: string): Promise<void> {
  await page.goto(claimPath(claimId));
  await expect(page.getByTestId('rating-widget')).toHaveAttribute('data-hydrated', 'true');
}
