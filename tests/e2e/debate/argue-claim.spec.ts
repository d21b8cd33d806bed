import { expect, test } from '@playwright/test';
import { DEMO_USERS } from '../../../prisma/demo-data';
import { signIn } from '../support/sign-in';
import { claimIdAt, claimPath, mapPath, openClaim } from './helpers';

test('a member rebuts a claim, rebuts the rebuttal, and finds both nested on the claim page and on the map', async ({ page }) => {
  const stamp = Date.now().toString(36);
  const rebuttal = `Alliances deter wars between their own members (${stamp}).`;
  const counter = `Members of one alliance have still fought each other (${stamp}).`;

  await signIn(page, DEMO_USERS.member.email);
  const claimId = await claimIdAt(page, 1);
  await openClaim(page, claimId);

  const against = page.getByTestId('arguments-against');
  await against.getByRole('button', { name: 'Add an argument against' }).click();
  // On an essay claim an attack can only be a rebuttal: no choice is offered.
  await expect(against.getByRole('radio')).toHaveCount(0);
  // What the server refuses is said inline, in its words.
  await against.getByLabel('Argument', { exact: true }).fill('   ');
  await against.getByRole('button', { name: 'Post argument' }).click();
  await expect(against.getByRole('alert')).toHaveText('State the argument in one short claim.');

  await against.getByLabel('Argument', { exact: true }).fill(rebuttal);
  await against.getByLabel('Elaboration (optional)').fill('NATO members have not fought a war with each other.');
  await against.getByRole('button', { name: 'Post argument' }).click();

  const first = against.getByTestId('argument').filter({ has: page.getByText(rebuttal, { exact: true }) });
  await expect(first).toHaveCount(1);
  await expect(first.getByTestId('argument-badge').first()).toHaveText('Rebuttal');
  await expect(first.getByText('NATO members have not fought a war with each other.')).toBeHidden();
  await first.getByText('Elaboration', { exact: true }).click();
  await expect(first.getByText('NATO members have not fought a war with each other.')).toBeVisible();

  await first.getByRole('button', { name: 'Add against' }).first().click();
  const form = first.getByTestId('add-argument-form');
  await expect(form.getByRole('radio', { name: /Rebut/ })).toBeChecked();
  await form.getByLabel('Argument', { exact: true }).fill(counter);
  await form.getByRole('button', { name: 'Post argument' }).click();

  const nested = first.getByTestId('argument').filter({ hasText: counter });
  await expect(nested).toHaveCount(1);
  await expect(nested).toHaveAttribute('data-relation', 'REBUT');
  await expect(nested.getByTestId('argument-badge')).toHaveText('Rebuttal');
  const rebuttalId = (await first.getAttribute('data-argument-id')) ?? '';
  const counterId = (await nested.getAttribute('data-argument-id')) ?? '';
  // Only the rebuttal answers the claim directly: the counter sits inside it.
  await expect(against.locator(':scope > ul > [data-testid="argument"]')).toHaveCount(1);

  await page.getByRole('link', { name: 'Argument map' }).click();
  await expect(page).toHaveURL((url) => url.pathname === mapPath);
  // The nodes are server-rendered: wait until they respond before using keys and clicks.
  await expect(page.getByTestId('argument-map')).toHaveAttribute('data-hydrated', 'true');
  const rebuttalNode = page.getByRole('button', { name: `Rebuttal: ${rebuttal}` });
  const counterNode = page.getByRole('button', { name: `Rebuttal: ${counter}` });
  await expect(rebuttalNode).toBeVisible();
  await expect(counterNode).toBeVisible();
  for (const [from, to] of [
    [rebuttalId, claimId],
    [counterId, rebuttalId],
  ] as const) {
    const edge = page.locator(`[data-testid="map-edge"][data-from="${from}"]`);
    await expect(edge).toHaveAttribute('data-to', to);
    await expect(edge).toHaveAttribute('data-kind', 'REBUT');
    await expect(edge).toHaveAttribute('stroke-dasharray', /\d+ \d+/);
  }

  // Keyboard: from the claim, Right goes to its first argument, Right again to the reply; Enter opens it.
  await page.locator(`[data-testid="map-node"][data-node-id="${claimId}"]`).focus();
  await page.keyboard.press('ArrowRight');
  await expect(rebuttalNode).toBeFocused();
  await page.keyboard.press('ArrowRight');
  await expect(counterNode).toBeFocused();
  await page.keyboard.press('Enter');
  const panel = page.getByTestId('map-panel');
  await expect(panel.getByTestId('map-panel-text')).toHaveText(counter);
  await expect(panel.getByTestId('why-this-score')).toContainText('Base score');

  // A click opens a node too, and the panel leads to the claim page.
  await rebuttalNode.locator('circle').click();
  await expect(panel.getByTestId('map-panel-text')).toHaveText(rebuttal);
  await expect(panel.getByTestId('why-this-score')).toContainText(counter);
  await panel.getByRole('link', { name: 'Open on its claim page' }).click();
  await expect(page).toHaveURL((url) => url.pathname === claimPath(claimId) && url.hash === `#argument-${rebuttalId}`);

  // "Contested only" keeps the claim and both rebuttals (each is attacked or attacks). Narrowed to
  // the claim's own section: other specs contest claims elsewhere in the same essay.
  await page.goto(mapPath);
  await expect(page.getByTestId('argument-map')).toHaveAttribute('data-hydrated', 'true');
  await page.getByLabel('Section').selectOption({ label: 'Opening' });
  await page.getByLabel('Contested only').check();
  await expect(page.getByTestId('map-count')).toHaveText('Showing 1 claim and 2 arguments.');
  await expect(page.getByRole('link', { name: 'Download Argdown' })).toHaveAttribute(
    'href',
    '/api/essays/so-many-alliances/export/argdown',
  );
  await expect(page.getByRole('link', { name: 'Download AIF JSON' })).toHaveAttribute('href', '/api/essays/so-many-alliances/export/aif');
});
