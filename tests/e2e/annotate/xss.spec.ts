import { expect, test, type Page } from '@playwright/test';
import { DEMO_USERS } from '../../../prisma/demo-data';
import { signIn } from '../support/sign-in';
import { dragSelect, essayPath, saveNote, spanOf, threadOf } from './helpers';

const PAYLOAD = [
  '<script>window.__xss=1</script>',
  '',
  '<img src=x onerror="window.__xss=1">',
  '',
  '[click](javascript:window.__xss=1)',
].join('\n');

async function expectInert(page: Page, id: string) {
  const body = threadOf(page, id).getByTestId('annotation-body');
  await expect(body).toContainText('<script>window.__xss=1</script>');
  await expect(body).toContainText('<img src=x onerror="window.__xss=1">');
  await expect(body.locator('script')).toHaveCount(0);
  await expect(body.locator('img')).toHaveCount(0);
  for (const href of await body.locator('a').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''))) {
    expect(href.trim().toLowerCase()).not.toMatch(/^javascript:/);
  }
  expect(await page.evaluate(() => (window as unknown as { __xss?: unknown }).__xss)).toBeUndefined();
}

test('a note full of script is shown as text and runs nothing', async ({ page }) => {
  await signIn(page, DEMO_USERS.member.email);
  await page.goto(essayPath);
  const span = spanOf(12, 'ad-hoc coalitions');
  await dragSelect(page, { claim: 12, offset: span.start }, { claim: 12, offset: span.end });
  await page.getByRole('button', { name: 'Annotate' }).click();
  const note = await saveNote(page, PAYLOAD);
  await expect(page.locator(`mark[data-annotation-ids~="${note.id}"]`)).toHaveText(['ad-hoc coalitions']);

  await expectInert(page, note.id);
  // And the same when it comes from the server-rendered list.
  await page.reload();
  await expectInert(page, note.id);
});
