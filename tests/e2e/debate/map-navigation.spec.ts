import { expect, test } from '@playwright/test';
import { DEMO_USERS } from '../../../prisma/demo-data';
import { signIn } from '../support/sign-in';
import { claimIdAt, mapPath } from './helpers';

test('the map pans by dragging, zooms with the buttons and the wheel, and filters by section', async ({ page }) => {
  await signIn(page, DEMO_USERS.member.email);
  const firstClaim = await claimIdAt(page, 0);
  await page.goto(mapPath);
  const map = page.getByTestId('argument-map');
  await expect(map).toHaveAttribute('data-hydrated', 'true');
  const node = page.locator(`[data-testid="map-node"][data-node-id="${firstClaim}"] circle`);
  const before = (await node.boundingBox())!;

  // Drag the background: the node moves with the pointer.
  const box = (await map.boundingBox())!;
  await page.mouse.move(box.x + box.width * 0.6, box.y + box.height * 0.6);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width * 0.6 + 120, box.y + box.height * 0.6 + 80, { steps: 8 });
  await page.mouse.up();
  await expect.poll(async () => (await node.boundingBox())!.x - before.x).toBeCloseTo(120, 0);
  expect((await node.boundingBox())!.y - before.y).toBeCloseTo(80, 0);
  // A drag is not a click: nothing opened.
  await expect(page.getByTestId('map-panel')).toContainText('Click a node');

  await page.getByRole('button', { name: 'Zoom in' }).click();
  await expect.poll(async () => (await node.boundingBox())!.width).toBeGreaterThan(before.width * 1.2);
  const zoomed = (await node.boundingBox())!.width;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.wheel(0, 400);
  await expect.poll(async () => (await node.boundingBox())!.width).toBeLessThan(zoomed);

  // One section: only its claims remain.
  const count = page.getByTestId('map-count');
  const all = await count.textContent();
  const section = page.getByLabel('Section');
  const firstSection = await section.locator('option').nth(1).getAttribute('value');
  await section.selectOption(firstSection ?? '');
  await expect(count).not.toHaveText(all ?? '');
  await section.selectOption('');
  await expect(count).toHaveText(all ?? '');
  // No argument on the demo essay averages Decisive (its cohort is split): "at least Decisive" leaves only the claims.
  await page.getByLabel('Minimum impact').selectOption('4');
  await expect(count).toHaveText(/and 0 arguments\.$/);
});
