import { expect, test, type Page } from '@playwright/test';
import { DEMO_USERS } from '../../../prisma/demo-data';
import { signIn } from '../support/sign-in';
import { dragSelect, essayPath, highlightsOf, openNotesAt, saveNote, spanOf, threadOf } from './helpers';

// Each line tries a different way in. markdown-it refuses `javascript:` links outright (they stay
// text); a `data:` link gets past markdown-it as an <a>, so only the sanitizer stands between it and
// the reader; the https link is the one that should work, marked as user content.
const PAYLOAD = [
  '<script>window.__xss=1</script>',
  '',
  '<img src=x onerror="window.__xss=1">',
  '',
  '[unsafe](javascript:window.__xss=1)',
  '',
  '[pixel](data:image/png;base64,iVBORw0KGgo=)',
  '',
  '[safe](https://example.org/reading)',
].join('\n');

async function expectInert(page: Page, id: string) {
  const body = threadOf(page, id).getByTestId('annotation-body');
  await expect(body).toContainText('<script>window.__xss=1</script>');
  await expect(body).toContainText('<img src=x onerror="window.__xss=1">');
  await expect(body).toContainText('[unsafe](javascript:window.__xss=1)');
  await expect(body.locator('script')).toHaveCount(0);
  await expect(body.locator('img')).toHaveCount(0);
  // Exactly two anchors render (the javascript: one stayed text); only the https one keeps an address.
  await expect(body.locator('a')).toHaveText(['pixel', 'safe']);
  const safe = body.getByRole('link', { name: 'safe' });
  await expect(safe).toHaveAttribute('href', 'https://example.org/reading');
  await expect(safe).toHaveAttribute('rel', 'nofollow ugc noopener');
  const pixel = body.locator('a', { hasText: 'pixel' });
  await expect(pixel).not.toHaveAttribute('href');
  await expect(pixel).toHaveAttribute('rel', 'nofollow ugc noopener');
  expect(await page.evaluate(() => (window as unknown as { __xss?: unknown }).__xss)).toBeUndefined();
}

test('a note full of script is shown as text and runs nothing', async ({ page }) => {
  // Two loads of the essay, a note saved and the notes at its place opened: more than one page's default.
  test.setTimeout(45_000);
  await signIn(page, DEMO_USERS.member.email);
  await page.goto(essayPath);
  const span = spanOf(12, 'ad-hoc coalitions');
  await dragSelect(page, { claim: 12, offset: span.start }, { claim: 12, offset: span.end });
  await page.getByRole('button', { name: 'Annotate' }).click();
  const note = await saveNote(page, PAYLOAD);
  await expect(highlightsOf(page, note)).toHaveText(['ad-hoc coalitions']);

  await expectInert(page, note.id);
  // And the same when it comes from the server, opened from its highlight.
  await page.reload();
  await openNotesAt(page, note);
  await expectInert(page, note.id);
});
